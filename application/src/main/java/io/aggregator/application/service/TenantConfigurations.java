package io.aggregator.application.service;

import io.aggregator.application.port.out.BotSettingStore;
import io.aggregator.application.port.out.ConfigurationVersionStore;
import io.aggregator.application.port.out.IntegrationSettingsStore;
import io.aggregator.application.port.out.StoredIntegration;
import io.aggregator.application.port.out.TenantSettingsStore;
import io.aggregator.domain.conversation.BotPhrases;
import io.aggregator.domain.conversation.HandoverPolicy;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import java.util.Optional;

/**
 * Each tenant's configuration as the conversation engine and the outbox workers use it, kept in
 * memory and read again when the tenant's configuration version moves, whichever node changed it.
 * A message is handled in several transactions (its own, then one per outbox entry it causes), and
 * each needs the configuration: checking costs one primary-key read instead of three reads and the
 * parsing of their rows.
 */
public final class TenantConfigurations {
    /** What the engine needs of a tenant's configuration. */
    public record Configuration(TenantSettings settings, HandoverPolicy policy, Optional<StoredIntegration> integration) {
        /**
         * Whether the tenant's AI can be asked: it has an AI webhook and a secret to sign with. Without,
         * a message no FAQ answers goes to the handover policy as one the bot cannot answer.
         */
        public boolean aiConfigured() {
            return integration.map(stored -> stored.settings().aiWebhookUrl().isPresent()
                    && stored.secrets().isSet()).orElse(false);
        }
    }

    private final KeptPerTenant<Configuration> kept = new KeptPerTenant<>();
    private final ConfigurationVersionStore versions;
    private final TenantSettingsStore settings;
    private final BotSettingStore botSettings;
    private final IntegrationSettingsStore integration;

    public TenantConfigurations(ConfigurationVersionStore versions, TenantSettingsStore settings,
                                BotSettingStore botSettings, IntegrationSettingsStore integration) {
        this.versions = versions;
        this.settings = settings;
        this.botSettings = botSettings;
        this.integration = integration;
    }

    /** Must run inside the tenant's transaction. */
    public Configuration of(TenantId tenant) {
        return kept.at(tenant, versions.version(), () -> new Configuration(
                settings.load().orElse(TenantSettings.defaults()),
                new HandoverPolicy(BotPhrases.withOverrides(botSettings.listAll())), integration.load()));
    }
}
