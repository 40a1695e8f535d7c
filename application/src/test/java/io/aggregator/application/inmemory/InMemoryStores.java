package io.aggregator.application.inmemory;

import io.aggregator.application.contract.StorePorts;

/** A fresh, empty set of in-memory stores sharing one database and one transaction manager. */
public final class InMemoryStores {
    private InMemoryStores() {
    }

    public static StorePorts create() {
        InMemoryTransactions transactions = new InMemoryTransactions(new InMemoryDatabase());
        return new StorePorts(transactions,
                new InMemoryTenantStore(transactions),
                new InMemoryTenantSettingsStore(transactions),
                new InMemoryFaqStore(transactions),
                new InMemoryChatStore(transactions),
                new InMemoryMessageStore(transactions),
                new InMemoryUserStore(transactions),
                new InMemoryDatabaseHealthProbe(),
                new InMemoryPlatformAdminStore(transactions),
                new InMemorySessionStore(transactions),
                new InMemoryIntegrationKeyStore(transactions),
                new InMemoryBotSettingStore(transactions),
                new InMemoryOutboxStore(transactions),
                new InMemoryChatTransitionStore(transactions),
                new InMemoryInboxStore(transactions),
                new InMemoryIntegrationSettingsStore(transactions),
                new InMemoryAiTurnStore(transactions),
                new InMemoryReceivedWebhookStore(transactions),
                new InMemoryWorkQueues(transactions),
                new InMemoryTenantOverviewStore(transactions),
                new InMemoryChatWaitStore(transactions),
                new InMemoryDailyStatsStore(transactions),
                new InMemoryDashboardStore(transactions),
                new InMemoryConfigurationVersionStore(transactions));
    }
}
