package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.access.Session;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class SessionStoreContract extends StoreContract {

    private static Session sessionOf(io.aggregator.domain.user.UserId user, Duration lifetime) {
        return new Session(TestData.hash(UUID.randomUUID().toString()), user, TestData.hash("csrf"), TestData.NOW,
                TestData.NOW.plus(lifetime));
    }

    @Test
    void aTenantUsersSessionIsFoundOnlyInItsTenant() {
        User anna = TestData.user("anna", Role.ADMIN);
        Session session = sessionOf(anna.id(), Duration.ofHours(1));
        inA(() -> {
            ports.users().add(anna);
            ports.sessions().add(session);
            return null;
        });

        assertThat(inA(() -> ports.sessions().find(session.tokenHash()))).contains(session);
        assertThat(inB(() -> ports.sessions().find(session.tokenHash()))).isEmpty();
        assertThat(ports.transactions().inPlatform(() -> ports.sessions().find(session.tokenHash()))).isEmpty();
        assertThat(inB(() -> ports.sessions().delete(session.tokenHash()))).isFalse();
        assertThat(inA(() -> ports.sessions().delete(session.tokenHash()))).isTrue();
        assertThat(inA(() -> ports.sessions().find(session.tokenHash()))).isEmpty();
    }

    @Test
    void aPlatformAdminsSessionLivesInThePlatformScope() {
        PlatformAdmin admin = TestData.platformAdmin();
        Session session = sessionOf(admin.id(), Duration.ofHours(1));
        ports.transactions().inPlatform(() -> {
            ports.platformAdmins().add(admin);
            ports.sessions().add(session);
            return null;
        });

        assertThat(ports.transactions().inPlatform(() -> ports.sessions().find(session.tokenHash()))).contains(session);
        assertThat(inA(() -> ports.sessions().find(session.tokenHash()))).isEmpty();
    }

    @Test
    void allOfAUsersSessionsButOneCanEndAndExpiredOnesAreSwept() {
        User anna = TestData.user("anna", Role.ADMIN);
        Session kept = sessionOf(anna.id(), Duration.ofHours(1));
        Session other = sessionOf(anna.id(), Duration.ofHours(1));
        Session expired = sessionOf(anna.id(), Duration.ofSeconds(-1));
        inA(() -> {
            ports.users().add(anna);
            ports.sessions().add(kept);
            ports.sessions().add(other);
            ports.sessions().add(expired);
            return null;
        });

        assertThat(inA(() -> ports.sessions().deleteExpired(TestData.NOW))).isEqualTo(1);
        assertThat(inA(() -> ports.sessions().deleteAllOf(anna.id(), kept.tokenHash()))).isEqualTo(1);
        assertThat(inA(() -> ports.sessions().find(kept.tokenHash()))).contains(kept);
        assertThat(inA(() -> ports.sessions().find(other.tokenHash()))).isEmpty();
    }

    @Test
    void deletingAUserEndsTheirSessions() {
        User anna = TestData.user("anna", Role.ADMIN);
        Session session = sessionOf(anna.id(), Duration.ofHours(1));
        inA(() -> {
            ports.users().add(anna);
            ports.sessions().add(session);
            return null;
        });

        assertThat(inA(() -> ports.users().delete(anna.id()))).isTrue();
        assertThat(inA(() -> ports.sessions().find(session.tokenHash()))).isEmpty();
        assertThat(inA(() -> ports.users().delete(anna.id()))).isFalse();
    }
}
