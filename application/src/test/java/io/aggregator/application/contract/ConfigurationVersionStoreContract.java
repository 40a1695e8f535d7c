package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.port.out.SealedSecrets;
import io.aggregator.application.port.out.StoredIntegration;
import io.aggregator.domain.integration.IntegrationSettings;
import io.aggregator.domain.tenant.TenantSettings;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public abstract class ConfigurationVersionStoreContract extends StoreContract {

    private long raisedBy(Runnable change) {
        long before = inA(() -> ports.configurationVersions().version());
        inA(() -> {
            change.run();
            return null;
        });
        long after = inA(() -> ports.configurationVersions().version());
        return after - before;
    }

    private long versionOfB() {
        return inB(() -> ports.configurationVersions().version());
    }

    @Test
    void everyChangeToTheSettingsBotSettingsOrIntegrationRaisesItAndNothingElseDoes() {
        long untouched = versionOfB();
        StoredIntegration integration = new StoredIntegration(new IntegrationSettings(
                Optional.of(URI.create("https://n8n.example/webhook/ai")), Optional.empty(), 5, 0),
                new SealedSecrets("v1.current", null, null, TestData.NOW), TestData.NOW);

        assertThat(raisedBy(() -> ports.settings().save(TenantSettings.defaults()))).isPositive();
        assertThat(raisedBy(() -> ports.botSettings().put("greeting", "Hello!"))).isPositive();
        assertThat(raisedBy(() -> ports.botSettings().put("greeting", "Hi!"))).isPositive();
        assertThat(raisedBy(() -> ports.botSettings().delete("greeting"))).isPositive();
        assertThat(raisedBy(() -> ports.botSettings().delete("never-set"))).isZero();
        assertThat(raisedBy(() -> ports.integration().save(integration))).isPositive();
        assertThat(raisedBy(() -> ports.faqs().add(TestData.faq("Not configuration?", 1, true)))).isZero();

        assertThat(versionOfB()).isEqualTo(untouched);
    }
}
