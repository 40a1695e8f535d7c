package io.aggregator.application.inmemory;

import io.aggregator.application.contract.ChatStoreContract;
import io.aggregator.application.contract.ChatTransitionStoreContract;
import io.aggregator.application.contract.OutboxStoreContract;
import io.aggregator.application.contract.BotSettingStoreContract;
import io.aggregator.application.contract.IntegrationKeyStoreContract;
import io.aggregator.application.contract.SessionStoreContract;
import io.aggregator.application.contract.PlatformAdminStoreContract;
import io.aggregator.application.contract.DatabaseHealthProbeContract;
import io.aggregator.application.contract.ConfigurationVersionStoreContract;
import io.aggregator.application.contract.FaqStoreContract;
import io.aggregator.application.contract.InboxStoreContract;
import io.aggregator.application.contract.MessageStoreContract;
import io.aggregator.application.contract.WorkQueuesContract;
import io.aggregator.application.contract.AiTurnStoreContract;
import io.aggregator.application.contract.IntegrationSettingsStoreContract;
import io.aggregator.application.contract.TenantOverviewStoreContract;
import io.aggregator.application.contract.DashboardStoreContract;
import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.contract.TenantSettingsStoreContract;
import io.aggregator.application.contract.TenantStoreContract;
import io.aggregator.application.contract.TransactionsContract;
import io.aggregator.application.contract.UserStoreContract;
import org.junit.jupiter.api.Nested;

/** The in-memory stores keep every out-port contract, so use-case tests on them mean something. */
class InMemoryStoresContractTest {
    private final StorePorts inMemory = InMemoryStores.create();

    @Nested
    class Transactions extends TransactionsContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Tenants extends TenantStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Settings extends TenantSettingsStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Faqs extends FaqStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class ConfigurationVersions extends ConfigurationVersionStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Chats extends ChatStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Messages extends MessageStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Users extends UserStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Health extends DatabaseHealthProbeContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class PlatformAdmins extends PlatformAdminStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Sessions extends SessionStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class IntegrationKeys extends IntegrationKeyStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class BotSettings extends BotSettingStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Outbox extends OutboxStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Transitions extends ChatTransitionStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Inbox extends InboxStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class WorkQueues extends WorkQueuesContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class AiTurns extends AiTurnStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Integration extends IntegrationSettingsStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Overview extends TenantOverviewStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }

    @Nested
    class Dashboard extends DashboardStoreContract {
        @Override
        protected StorePorts ports() {
            return inMemory;
        }
    }
}
