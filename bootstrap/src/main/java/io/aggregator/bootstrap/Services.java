package io.aggregator.bootstrap;

import io.aggregator.adapter.http.ApiServices;
import io.aggregator.adapter.postgres.PostgresPersistence;
import io.aggregator.application.port.out.LiveEvents;
import io.aggregator.application.port.out.PasswordHasher;
import io.aggregator.application.port.out.SecretCipher;
import io.aggregator.application.port.out.WebhookSender;
import io.aggregator.application.port.out.WebhookSigning;
import io.aggregator.application.port.out.WebhookUrls;
import io.aggregator.application.service.AiCallbackService;
import io.aggregator.application.service.AuthenticationService;
import io.aggregator.application.service.BotSettingsService;
import io.aggregator.application.service.ConversationService;
import io.aggregator.application.service.DashboardService;
import io.aggregator.application.service.FaqMatchService;
import io.aggregator.application.service.FaqMatcherCache;
import io.aggregator.application.service.FaqService;
import io.aggregator.application.service.InboxService;
import io.aggregator.application.service.IntegrationKeyService;
import io.aggregator.application.service.IntegrationService;
import io.aggregator.application.service.LoginThrottle;
import io.aggregator.application.service.OutboxAdministrationService;
import io.aggregator.application.service.OutboxWorker;
import io.aggregator.application.service.ReadinessService;
import io.aggregator.application.service.TenantAdministrationService;
import io.aggregator.application.service.TenantConfigurations;
import io.aggregator.application.service.TenantOverviewService;
import io.aggregator.application.service.TenantSettingsService;
import io.aggregator.application.service.UserAdministrationService;
import java.time.Clock;
import java.time.Duration;

/** The use cases, built by hand from the ports that serve them. */
final class Services {
    private Services() {
    }

    /** How the server reaches tenants' n8n: the URL policy, signatures, sealed secrets, the HTTP sender. */
    record Webhooks(WebhookUrls urls, WebhookSigning signing, SecretCipher cipher, WebhookSender sender) {
    }

    /** The use cases the HTTP API serves, and the engine the background jobs drive. */
    record Wiring(ApiServices api, ConversationService conversations, FaqMatcherCache matchers,
                  TenantConfigurations configurations) {
    }

    static ConversationService.Stores conversationStores(PostgresPersistence persistence) {
        return new ConversationService.Stores(persistence.tenants(), persistence.chats(), persistence.messages(),
                persistence.faqs(), persistence.outbox(), persistence.transitions(), persistence.inbox(),
                persistence.aiTurns(), persistence.queues(), persistence.waits(), persistence.dailyStats());
    }

    static OutboxWorker.Stores outboxStores(PostgresPersistence persistence) {
        return new OutboxWorker.Stores(persistence.outbox(), persistence.messages(), persistence.chats(),
                persistence.faqs(), persistence.aiTurns(), persistence.queues());
    }

    /** One cache of the tenants' configurations, shared by the engine and the outbox workers. */
    static TenantConfigurations configurations(PostgresPersistence persistence) {
        return new TenantConfigurations(persistence.configurationVersions(), persistence.settings(),
                persistence.botSettings(), persistence.integration());
    }

    static Wiring create(PostgresPersistence persistence, PasswordHasher hasher, LiveEvents liveEvents,
                         ServerConfig.Access access, int maxText, Webhooks webhooks, Clock clock) {
        var transactions = persistence.transactions();
        FaqMatcherCache matchers = new FaqMatcherCache();
        TenantConfigurations configurations = configurations(persistence);
        ConversationService conversations = new ConversationService(transactions, conversationStores(persistence),
                matchers, configurations, liveEvents, clock, maxText);
        return new Wiring(new ApiServices(
                new ReadinessService(persistence.health()),
                new AuthenticationService(transactions, persistence.tenants(), persistence.users(),
                        persistence.platformAdmins(), persistence.sessions(), persistence.integrationKeys(), hasher,
                        new LoginThrottle(clock), clock, Duration.ofHours(access.sessionHours())),
                new TenantAdministrationService(transactions, persistence.tenants(), persistence.settings(), clock),
                new TenantSettingsService(transactions, persistence.tenants(), persistence.settings()),
                new FaqService(transactions, persistence.tenants(), persistence.faqs()),
                new UserAdministrationService(transactions, persistence.tenants(), persistence.users(),
                        persistence.sessions(), hasher, clock),
                new IntegrationKeyService(transactions, persistence.tenants(), persistence.integrationKeys(), clock),
                new BotSettingsService(transactions, persistence.tenants(), persistence.botSettings()),
                conversations, conversations,
                new FaqMatchService(transactions, persistence.tenants(), persistence.settings(), persistence.faqs(),
                        matchers),
                new InboxService(transactions, persistence.inbox(), persistence.messages(), liveEvents, clock),
                new IntegrationService(transactions, persistence.tenants(), persistence.integration(), webhooks.urls(),
                        webhooks.signing(), webhooks.cipher(), clock),
                new OutboxAdministrationService(transactions, persistence.tenants(), persistence.outbox(),
                        persistence.messages(), liveEvents, clock),
                new AiCallbackService(transactions, persistence.tenants(), persistence.integration(),
                        persistence.receivedWebhooks(), webhooks.signing(), webhooks.cipher(), conversations, clock),
                new TenantOverviewService(transactions, persistence.overview()),
                new DashboardService(transactions, persistence.tenants(), persistence.dashboard())),
                conversations, matchers, configurations);
    }

    static OutboxWorker outboxWorker(PostgresPersistence persistence, Wiring wiring, Webhooks webhooks,
                                     LiveEvents liveEvents, Clock clock, OutboxWorker.Settings settings) {
        return new OutboxWorker(persistence.transactions(), outboxStores(persistence), wiring.matchers(),
                wiring.configurations(), wiring.conversations(), webhooks.sender(), webhooks.cipher(), liveEvents, clock,
                settings);
    }
}
