package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.port.out.SealedSecrets;
import io.aggregator.application.port.out.StoredIntegration;
import io.aggregator.domain.integration.IntegrationSettings;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public abstract class IntegrationSettingsStoreContract extends StoreContract {

    @Test
    void settingsAndSealedSecretsAreSavedReplacedAndLoaded_perTenant() {
        StoredIntegration first = new StoredIntegration(new IntegrationSettings(
                Optional.of(URI.create("https://n8n.example/webhook/ai")), Optional.empty(), 5, 0),
                new SealedSecrets("v1.current", null, null, TestData.NOW), TestData.NOW);
        StoredIntegration second = new StoredIntegration(new IntegrationSettings(Optional.empty(),
                Optional.of(URI.create("http://127.0.0.1:5678/webhook/deliver")), 50, 10),
                new SealedSecrets("v1.newer", "v1.current", TestData.NOW.plusSeconds(3600), TestData.NOW.plusSeconds(1)),
                TestData.NOW.plusSeconds(1));

        assertThat(inA(() -> ports.integration().load())).isEmpty();
        inA(() -> {
            ports.integration().save(first);
            return null;
        });
        assertThat(inA(() -> ports.integration().load())).contains(first);
        inA(() -> {
            ports.integration().save(second);
            return null;
        });

        assertThat(inA(() -> ports.integration().load())).contains(second);
        assertThat(inB(() -> ports.integration().load())).isEmpty();
    }

    @Test
    void aWebhookIdIsTakenOncePerTenant() {
        assertThat(inA(() -> ports.receivedWebhooks().remember("msg_2rKg", TestData.NOW))).isTrue();
        assertThat(inA(() -> ports.receivedWebhooks().remember("msg_2rKg", TestData.NOW.plusSeconds(1)))).isFalse();
        assertThat(inB(() -> ports.receivedWebhooks().remember("msg_2rKg", TestData.NOW))).isTrue();
    }
}
