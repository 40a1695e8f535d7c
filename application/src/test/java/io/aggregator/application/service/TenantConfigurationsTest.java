package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.contract.TestData;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.application.port.out.SealedSecrets;
import io.aggregator.application.port.out.StoredIntegration;
import io.aggregator.domain.integration.IntegrationSettings;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantConfigurationsTest {
    private final StorePorts ports = InMemoryStores.create();
    private final TenantConfigurations configurations = ports.configurations();
    private final TenantId cafe = TestData.randomTenantId();
    private final TenantId bakery = TestData.randomTenantId();

    @BeforeEach
    void twoTenants() {
        ports.transactions().inPlatform(() -> {
            ports.tenants().add(TestData.tenant(cafe));
            ports.tenants().add(TestData.tenant(bakery));
            return null;
        });
    }

    private TenantConfigurations.Configuration of(TenantId tenant) {
        return ports.transactions().inTenant(tenant, () -> configurations.of(tenant));
    }

    private void change(TenantId tenant, Runnable change) {
        ports.transactions().runInTenant(tenant, change);
    }

    @Test
    void aTenantWithNothingConfiguredHasTheDefaultsAndNoAi() {
        TenantConfigurations.Configuration configuration = of(cafe);

        assertThat(configuration.settings()).isEqualTo(TenantSettings.defaults());
        assertThat(configuration.integration()).isEmpty();
        assertThat(configuration.aiConfigured()).isFalse();
    }

    @Test
    void keptWhileNothingChanges_readAgainAfterAnyChange() {
        TenantConfigurations.Configuration first = of(cafe);
        assertThat(of(cafe)).isSameAs(first);

        TenantSettings russian = new TenantSettings("Be brief.", HandoverMode.IMMEDIATE, Language.RU,
                Thresholds.none());
        change(cafe, () -> ports.settings().save(russian));
        TenantConfigurations.Configuration afterSettings = of(cafe);
        assertThat(afterSettings.settings()).isEqualTo(russian);

        change(cafe, () -> ports.botSettings().put("phrase.fallback", "One moment, please."));
        TenantConfigurations.Configuration afterPhrase = of(cafe);
        assertThat(afterPhrase).isNotSameAs(afterSettings);
        assertThat(afterPhrase.settings()).isEqualTo(russian);

        StoredIntegration connected = new StoredIntegration(new IntegrationSettings(
                Optional.of(URI.create("https://n8n.example/webhook/ai")), Optional.empty(), 5, 0),
                new SealedSecrets("v1.current", null, null, TestData.NOW), TestData.NOW);
        change(cafe, () -> ports.integration().save(connected));
        TenantConfigurations.Configuration afterIntegration = of(cafe);
        assertThat(afterIntegration.integration()).contains(connected);
        assertThat(afterIntegration.aiConfigured()).isTrue();
        assertThat(of(cafe)).isSameAs(afterIntegration);
    }

    @Test
    void eachTenantHasItsOwn() {
        TenantSettings immediate = new TenantSettings("", HandoverMode.IMMEDIATE, Language.EN, Thresholds.none());
        change(cafe, () -> ports.settings().save(immediate));

        assertThat(of(cafe).settings()).isEqualTo(immediate);
        assertThat(of(bakery).settings()).isEqualTo(TenantSettings.defaults());
    }

    @Test
    void anAiWebhookWithoutASigningSecretIsNotConfigured() {
        change(cafe, () -> ports.integration().save(new StoredIntegration(new IntegrationSettings(
                Optional.of(URI.create("https://n8n.example/webhook/ai")), Optional.empty(), 5, 0),
                SealedSecrets.none(), TestData.NOW)));

        assertThat(of(cafe).aiConfigured()).isFalse();
    }
}
