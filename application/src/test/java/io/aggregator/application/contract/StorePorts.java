package io.aggregator.application.contract;

import io.aggregator.application.port.out.AiTurnStore;
import io.aggregator.application.port.out.BotSettingStore;
import io.aggregator.application.port.out.IntegrationSettingsStore;
import io.aggregator.application.port.out.ReceivedWebhookStore;
import io.aggregator.application.port.out.WorkQueues;
import io.aggregator.application.service.ConversationService;
import io.aggregator.application.service.LegacyImportService;
import io.aggregator.application.service.OutboxWorker;
import io.aggregator.application.service.TenantConfigurations;
import io.aggregator.application.port.out.ChatStore;
import io.aggregator.application.port.out.ChatWaitStore;
import io.aggregator.application.port.out.ConfigurationVersionStore;
import io.aggregator.application.port.out.DailyStatsStore;
import io.aggregator.application.port.out.DashboardStore;
import io.aggregator.application.port.out.ChatTransitionStore;
import io.aggregator.application.port.out.IntegrationKeyStore;
import io.aggregator.application.port.out.PlatformAdminStore;
import io.aggregator.application.port.out.SessionStore;
import io.aggregator.application.port.out.DatabaseHealthProbe;
import io.aggregator.application.port.out.FaqStore;
import io.aggregator.application.port.out.InboxStore;
import io.aggregator.application.port.out.MessageStore;
import io.aggregator.application.port.out.OutboxStore;
import io.aggregator.application.port.out.TenantSettingsStore;
import io.aggregator.application.port.out.TenantOverviewStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.application.port.out.UserStore;

/** Every persistence out-port of one implementation, sharing one database. */
public record StorePorts(Transactions transactions, TenantStore tenants, TenantSettingsStore settings,
                         FaqStore faqs, ChatStore chats, MessageStore messages, UserStore users,
                         DatabaseHealthProbe health, PlatformAdminStore platformAdmins, SessionStore sessions,
                         IntegrationKeyStore integrationKeys, BotSettingStore botSettings, OutboxStore outbox,
                         ChatTransitionStore transitions,
                         InboxStore inbox, IntegrationSettingsStore integration, AiTurnStore aiTurns,
                         ReceivedWebhookStore receivedWebhooks, WorkQueues queues, TenantOverviewStore overview,
                         ChatWaitStore waits, DailyStatsStore dailyStats, DashboardStore dashboard,
                         ConfigurationVersionStore configurationVersions) {

    /** The stores the conversation engine works with. */
    public ConversationService.Stores conversationStores() {
        return new ConversationService.Stores(tenants, chats, messages, faqs, outbox, transitions, inbox, aiTurns,
                queues, waits, dailyStats);
    }

    /** A fresh cache of the tenants' configurations, read through these stores. */
    public TenantConfigurations configurations() {
        return new TenantConfigurations(configurationVersions, settings, botSettings, integration);
    }

    /** The stores an import of the single-tenant system's data writes through. */
    public LegacyImportService.Stores legacyImportStores() {
        return new LegacyImportService.Stores(tenants, settings, botSettings, faqs, users, chats, messages);
    }

    /** The stores the outbox workers work with. */
    public OutboxWorker.Stores outboxStores() {
        return new OutboxWorker.Stores(outbox, messages, chats, faqs, aiTurns, queues);
    }
}
