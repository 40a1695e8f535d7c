package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.AiTurnStore;
import io.aggregator.application.port.out.BotSettingStore;
import io.aggregator.application.port.out.IntegrationSettingsStore;
import io.aggregator.application.port.out.ReceivedWebhookStore;
import io.aggregator.application.port.out.WorkQueues;
import io.aggregator.application.port.out.ChatStore;
import io.aggregator.application.port.out.ChatWaitStore;
import io.aggregator.application.port.out.DailyStatsStore;
import io.aggregator.application.port.out.DashboardStore;
import io.aggregator.application.port.out.ChatTransitionStore;
import io.aggregator.application.port.out.IntegrationKeyStore;
import io.aggregator.application.port.out.PlatformAdminStore;
import io.aggregator.application.port.out.SessionStore;
import io.aggregator.application.port.out.DatabaseHealthProbe;
import io.aggregator.application.port.out.ConfigurationVersionStore;
import io.aggregator.application.port.out.FaqStore;
import io.aggregator.application.port.out.InboxStore;
import io.aggregator.application.port.out.MessageStore;
import io.aggregator.application.port.out.OutboxStore;
import io.aggregator.application.port.out.TenantSettingsStore;
import io.aggregator.application.port.out.TenantOverviewStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.application.port.out.UserStore;
import java.util.Set;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The PostgreSQL implementations of the persistence ports, over a connection pool of the runtime
 * role (which row-level security binds). All stores share one {@link Transactions}.
 */
public final class PostgresPersistence {
    private final JdbiTransactions transactions;
    private final PostgresHealthProbe health;

    private PostgresPersistence(Jdbi jdbi, Set<String> expectedChangesets) {
        this.transactions = new JdbiTransactions(jdbi);
        this.health = new PostgresHealthProbe(jdbi, expectedChangesets);
    }

    /**
     * @param runtimeDataSource connections as the runtime role, never as the owner
     * @param expectedChangesets what {@link PostgresMigrations#migrate} returned
     */
    public static PostgresPersistence create(DataSource runtimeDataSource, Set<String> expectedChangesets) {
        return new PostgresPersistence(Jdbi.create(runtimeDataSource), expectedChangesets);
    }

    public Transactions transactions() {
        return transactions;
    }

    public TenantStore tenants() {
        return new JdbiTenantStore(transactions);
    }

    public TenantSettingsStore settings() {
        return new JdbiTenantSettingsStore(transactions);
    }

    public FaqStore faqs() {
        return new JdbiFaqStore(transactions);
    }

    public ConfigurationVersionStore configurationVersions() {
        return new JdbiConfigurationVersionStore(transactions);
    }

    public ChatStore chats() {
        return new JdbiChatStore(transactions);
    }

    public MessageStore messages() {
        return new JdbiMessageStore(transactions);
    }

    public InboxStore inbox() {
        return new JdbiInboxStore(transactions);
    }

    public UserStore users() {
        return new JdbiUserStore(transactions);
    }

    public PlatformAdminStore platformAdmins() {
        return new JdbiPlatformAdminStore(transactions);
    }

    public SessionStore sessions() {
        return new JdbiSessionStore(transactions);
    }

    public IntegrationKeyStore integrationKeys() {
        return new JdbiIntegrationKeyStore(transactions);
    }

    public BotSettingStore botSettings() {
        return new JdbiBotSettingStore(transactions);
    }

    public OutboxStore outbox() {
        return new JdbiOutboxStore(transactions);
    }

    public ChatTransitionStore transitions() {
        return new JdbiChatTransitionStore(transactions);
    }

    public IntegrationSettingsStore integration() {
        return new JdbiIntegrationSettingsStore(transactions);
    }

    public AiTurnStore aiTurns() {
        return new JdbiAiTurnStore(transactions);
    }

    public ReceivedWebhookStore receivedWebhooks() {
        return new JdbiReceivedWebhookStore(transactions);
    }

    public WorkQueues queues() {
        return new JdbiWorkQueues(transactions);
    }

    public TenantOverviewStore overview() {
        return new JdbiTenantOverviewStore(transactions);
    }

    public ChatWaitStore waits() {
        return new JdbiChatWaitStore(transactions);
    }

    public DailyStatsStore dailyStats() {
        return new JdbiDailyStatsStore(transactions);
    }

    public DashboardStore dashboard() {
        return new JdbiDashboardStore(transactions);
    }

    public DatabaseHealthProbe health() {
        return health;
    }
}
