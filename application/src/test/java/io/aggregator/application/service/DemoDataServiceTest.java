package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.inmemory.FakePasswordHasher;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.domain.user.Username;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DemoDataServiceTest {
    private final StorePorts ports = InMemoryStores.create();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final DemoDataService service = new DemoDataService(ports.transactions(), ports.tenants(),
            ports.settings(), ports.faqs(), ports.users(), hasher,
            Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void givenAnEmptyDatabase_thenBothDemoTenantsAreCreatedWithSettingsAndFaqs() {
        var created = service.seedDemoData();
        assertThat(created).extracting(c -> c.tenant().value()).containsExactly("coffee_shop_123", "tech_support_456");
        assertThat(created.get(0).adminPassword()).isNotEqualTo(created.get(1).adminPassword()).hasSizeGreaterThan(20);
        var admin = ports.transactions().inTenant(created.get(0).tenant(),
                () -> ports.users().findByUsername(Username.of("admin"))).orElseThrow();
        assertThat(hasher.matches(created.get(0).adminPassword(), admin.passwordHash())).isTrue();

        TenantId techSupport = TenantId.of("tech_support_456");
        var settings = ports.transactions().inTenant(techSupport, () -> ports.settings().load()).orElseThrow();
        assertThat(settings.handoverMode()).isEqualTo(HandoverMode.IMMEDIATE);
        assertThat(settings.thresholds().escalationThreshold()).hasValue(0.8);
        assertThat(ports.transactions().inTenant(techSupport, () -> ports.faqs().listActive()))
                .extracting(faq -> faq.question())
                .containsExactlyInAnyOrder("How do I reset my password?", "Why is my app crashing?");
    }

    @Test
    void givenTheDemoTenantsExist_thenSeedingAgainChangesNothing() {
        service.seedDemoData();

        assertThat(service.seedDemoData()).isEmpty();
        assertThat(ports.transactions().inTenant(TenantId.of("coffee_shop_123"), () -> ports.faqs().listAll()))
                .hasSize(2);
    }
}
