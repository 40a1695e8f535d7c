package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.application.inmemory.MutableClock;
import io.aggregator.application.port.in.Caller;
import io.aggregator.application.port.in.ManageIntegrationKeysUseCase.CreatedKey;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntegrationKeyServiceTest {
    private static final TenantId SHOP = TenantId.of("coffee_shop_123");

    private final StorePorts ports = InMemoryStores.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final IntegrationKeyService service = new IntegrationKeyService(ports.transactions(), ports.tenants(),
            ports.integrationKeys(), clock);
    private final Caller.TenantUser admin = new Caller.TenantUser(SHOP, UserId.newId(), Username.of("anna"),
            Role.ADMIN, null, "s", "c");

    @BeforeEach
    void aShop() {
        ports.transactions().runInTenant(SHOP, () -> ports.tenants().add(Tenant.create(SHOP, "Coffee", clock.instant())));
    }

    @Test
    void aCreatedKeyIsShownOnceAndOnlyItsHashAndPrefixAreKept() {
        CreatedKey created = service.create(admin, SHOP, "  n8n production ");

        AccessToken token = AccessToken.parse(created.secret());
        IntegrationKey stored = ports.transactions().inTenant(SHOP, () -> ports.integrationKeys()
                .findById(created.key().id())).orElseThrow();
        assertThat(token.kind()).isEqualTo(AccessToken.Kind.INTEGRATION_KEY);
        assertThat(token.tenant()).isEqualTo(SHOP);
        assertThat(stored.keyHash()).isEqualTo(AccessToken.sha256(created.secret()));
        assertThat(stored.prefix()).isEqualTo(token.displayPrefix());
        assertThat(created.secret()).startsWith(stored.prefix()).isNotEqualTo(stored.prefix());
        assertThat(stored.name()).isEqualTo("n8n production");
        assertThat(stored.createdBy()).isEqualTo(admin.userId());
        assertThat(stored.createdAt()).isEqualTo(clock.instant());
        assertThat(created.toString()).doesNotContain(created.secret());
    }

    @Test
    void keysAreListedNewestFirst() {
        CreatedKey first = service.create(admin, SHOP, "first");
        CreatedKey second = service.create(admin, SHOP, "second");

        assertThat(service.list(SHOP)).extracting(IntegrationKey::id)
                .containsExactly(second.key().id(), first.key().id());
    }

    @Test
    void aKeyNeedsAPrintableNameAndATenant() {
        assertThatThrownBy(() -> service.create(admin, SHOP, " ")).isInstanceOf(ValidationException.class)
                .hasMessage("name: must not be blank");
        assertThatThrownBy(() -> service.create(admin, SHOP, "x".repeat(101))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.create(admin, TenantId.of("no_such_shop"), "n8n"))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.list(SHOP)).isEmpty();
    }

    @Test
    void revokingIsIdempotentAndKeepsTheFirstRevocationTime() {
        CreatedKey created = service.create(admin, SHOP, "n8n");
        Instant revokedAt = clock.instant().plus(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5));

        IntegrationKey revoked = service.revoke(SHOP, created.key().id());
        clock.advance(Duration.ofMinutes(5));
        IntegrationKey again = service.revoke(SHOP, created.key().id());

        assertThat(revoked.revokedAt()).isEqualTo(revokedAt);
        assertThat(again).isEqualTo(revoked);
        assertThat(service.list(SHOP)).containsExactly(revoked);
    }

    @Test
    void anUnknownKeyIsNotFound() {
        assertThatThrownBy(() -> service.revoke(SHOP, IntegrationKeyId.newId())).isInstanceOf(NotFoundException.class);
    }
}
