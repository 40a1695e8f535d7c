package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.inmemory.FakePasswordHasher;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.domain.user.Username;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class PlatformAdminServiceTest {
    private final StorePorts ports = InMemoryStores.create();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final PlatformAdminService service = new PlatformAdminService(ports.transactions(), ports.platformAdmins(),
            hasher, Clock.systemUTC());

    @Test
    void givenNoAdmin_thenOneIsCreatedWithAGeneratedPasswordShownOnce() {
        String password = service.ensurePlatformAdmin("admin", null).orElseThrow();

        var admin = ports.transactions().inPlatform(() -> ports.platformAdmins().findByUsername(Username.of("admin")))
                .orElseThrow();
        assertThat(hasher.matches(password, admin.passwordHash())).isTrue();
        assertThat(service.ensurePlatformAdmin("admin", null)).isEmpty();
    }

    @Test
    void givenAConfiguredPassword_thenItIsUsedAndNotShown() {
        assertThat(service.ensurePlatformAdmin("ops", "configured long secret")).isEmpty();

        var admin = ports.transactions().inPlatform(() -> ports.platformAdmins().findByUsername(Username.of("ops")))
                .orElseThrow();
        assertThat(hasher.matches("configured long secret", admin.passwordHash())).isTrue();
    }

    @Test
    void aWeakConfiguredPasswordIsRefused() {
        assertThatThrownBy(() -> service.ensurePlatformAdmin("ops", "password123")).hasMessageContaining("password");
    }
}
