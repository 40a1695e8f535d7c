package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class IntegrationKeyStoreContract extends StoreContract {

    private static IntegrationKey key(String name, io.aggregator.domain.user.UserId creator) {
        return new IntegrationKey(IntegrationKeyId.newId(), name, "k.t.abcdef", TestData.hash(UUID.randomUUID().toString()),
                creator, TestData.NOW, null, null);
    }

    @Test
    void keysAreFoundByHashAndListedNewestFirst() {
        User admin = TestData.user("admin", Role.ADMIN);
        IntegrationKey first = key("n8n", admin.id());
        IntegrationKey second = key("telegram connector", null);
        inA(() -> {
            ports.users().add(admin);
            ports.integrationKeys().add(first);
            ports.integrationKeys().add(second);
            return null;
        });

        assertThat(inA(() -> ports.integrationKeys().findByHash(first.keyHash()))).contains(first);
        assertThat(inA(() -> ports.integrationKeys().listAll())).containsExactly(second, first);
        assertThat(inB(() -> ports.integrationKeys().findByHash(first.keyHash()))).isEmpty();
        assertThat(inB(() -> ports.integrationKeys().findById(first.id()))).isEmpty();
    }

    @Test
    void revocationAndUseAreSaved() {
        IntegrationKey key = key("n8n", null);
        inA(() -> {
            ports.integrationKeys().add(key);
            return null;
        });
        IntegrationKey revoked = new IntegrationKey(key.id(), key.name(), key.prefix(), key.keyHash(), null,
                key.createdAt(), TestData.NOW.plusSeconds(5), TestData.NOW.plusSeconds(10));

        assertThat(inB(() -> ports.integrationKeys().update(revoked))).isFalse();
        assertThat(inA(() -> ports.integrationKeys().update(revoked))).isTrue();
        assertThat(inA(() -> ports.integrationKeys().findById(key.id()))).contains(revoked);
    }
}
