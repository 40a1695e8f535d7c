package io.aggregator.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntegrationKeyTest {
    private static final Instant CREATED = Instant.parse("2026-11-27T10:00:00Z");

    private static IntegrationKey key(String name) {
        AccessToken token = AccessToken.newIntegrationKey(TenantId.of("coffee_shop_123"));
        return new IntegrationKey(IntegrationKeyId.newId(), name, token.displayPrefix(), token.hash(), null, CREATED,
                null, null);
    }

    @Test
    void aKeyIsRevokedOnceAndKeepsTheFirstTime() {
        Instant first = CREATED.plusSeconds(60);

        IntegrationKey revoked = key("n8n").revoke(first);

        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revoke(first.plusSeconds(60)).revokedAt()).isEqualTo(first);
    }

    @Test
    void namesAreOnePrintableLine() {
        assertThat(key("  n8n production  ").name()).isEqualTo("n8n production");
        assertThat(key("интеграция \uD83D\uDE80").name()).isEqualTo("интеграция \uD83D\uDE80");
        assertThatThrownBy(() -> key("two\nlines")).hasMessageStartingWith("name: may contain only printable");
        assertThatThrownBy(() -> key(" ")).hasMessage("name: must not be blank");
    }
}
