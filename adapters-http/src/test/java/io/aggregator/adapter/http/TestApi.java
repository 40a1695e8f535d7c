package io.aggregator.adapter.http;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.inmemory.FakePasswordHasher;
import io.aggregator.application.inmemory.InMemoryDatabaseHealthProbe;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.adapter.n8n.StandardWebhookSigning;
import io.aggregator.adapter.n8n.WebhookUrlPolicy;
import io.aggregator.adapter.security.AesGcmSecretCipher;
import io.aggregator.adapter.security.DeploymentKey;
import io.aggregator.application.service.AiCallbackService;
import io.aggregator.application.service.AuthenticationService;
import io.aggregator.application.service.IntegrationService;
import io.aggregator.application.service.OutboxAdministrationService;
import io.aggregator.application.service.ConversationService;
import io.aggregator.application.service.DashboardService;
import io.aggregator.application.service.FaqMatchService;
import io.aggregator.application.service.FaqMatcherCache;
import io.aggregator.application.service.FaqService;
import io.aggregator.application.service.InboxService;
import io.aggregator.application.service.BotSettingsService;
import io.aggregator.application.service.IntegrationKeyService;
import io.aggregator.application.service.LoginThrottle;
import io.aggregator.application.service.ReadinessService;
import io.aggregator.application.service.TenantAdministrationService;
import io.aggregator.application.service.TenantOverviewService;
import io.aggregator.application.service.TenantSettingsService;
import io.aggregator.application.service.UserAdministrationService;
import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The HTTP API on a random port over the real services and in-memory stores, with a platform admin
 * ({@value #ROOT} / {@value #PASSWORD}) ready to log in.
 */
final class TestApi implements AutoCloseable {
    static final String ROOT = "root";
    static final String PASSWORD = "a long test password";

    final StorePorts ports = InMemoryStores.create();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final LiveEventBroker liveEvents = new LiveEventBroker();
    final StandardWebhookSigning signing = new StandardWebhookSigning();
    final AesGcmSecretCipher cipher = new AesGcmSecretCipher(DeploymentKey.generate());
    final HttpApi api;
    final HttpClientForTests http;

    TestApi() {
        this(HttpSettings.defaults());
    }

    TestApi(HttpSettings settings) {
        Clock clock = Clock.systemUTC();
        var transactions = ports.transactions();
        FaqMatcherCache matchers = new FaqMatcherCache();
        ConversationService conversations = new ConversationService(transactions, ports.conversationStores(), matchers,
                ports.configurations(), liveEvents, clock, Message.MAX_TEXT_LENGTH);
        ApiServices services = new ApiServices(
                new ReadinessService((InMemoryDatabaseHealthProbe) ports.health()),
                new AuthenticationService(transactions, ports.tenants(), ports.users(), ports.platformAdmins(),
                        ports.sessions(), ports.integrationKeys(), hasher, new LoginThrottle(clock), clock,
                        Duration.ofHours(1)),
                new TenantAdministrationService(transactions, ports.tenants(), ports.settings(), clock),
                new TenantSettingsService(transactions, ports.tenants(), ports.settings()),
                new FaqService(transactions, ports.tenants(), ports.faqs()),
                new UserAdministrationService(transactions, ports.tenants(), ports.users(), ports.sessions(), hasher,
                        clock),
                new IntegrationKeyService(transactions, ports.tenants(), ports.integrationKeys(), clock),
                new BotSettingsService(transactions, ports.tenants(), ports.botSettings()),
                conversations, conversations,
                new FaqMatchService(transactions, ports.tenants(), ports.settings(), ports.faqs(), matchers),
                new InboxService(transactions, ports.inbox(), ports.messages(), liveEvents, clock),
                new IntegrationService(transactions, ports.tenants(), ports.integration(),
                        new WebhookUrlPolicy(List.of("127.0.0.0/8")), signing, cipher, clock),
                new OutboxAdministrationService(transactions, ports.tenants(), ports.outbox(), ports.messages(),
                        liveEvents, clock),
                new AiCallbackService(transactions, ports.tenants(), ports.integration(), ports.receivedWebhooks(),
                        signing, cipher, conversations, clock),
                new TenantOverviewService(transactions, ports.overview()),
                new DashboardService(transactions, ports.tenants(), ports.dashboard()));
        transactions.inPlatform(() -> {
            ports.platformAdmins().add(new PlatformAdmin(UserId.newId(), Username.of(ROOT), hasher.hash(PASSWORD),
                    clock.instant()));
            return null;
        });
        api = new HttpApi(services, settings, liveEvents).start("localhost", 0);
        http = new HttpClientForTests(api.port());
    }

    /** Logs in and returns the bearer token. */
    String logIn(String tenant, String username) {
        String body = tenant == null
                ? "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"
                : "{\"tenant_id\":\"" + tenant + "\",\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}";
        var answer = http.send("POST", "/api/v1/session", body);
        if (answer.status() != 201) {
            throw new AssertionError("login failed: " + answer.status() + " " + answer.body());
        }
        return answer.body().path("token").asText();
    }

    String rootToken() {
        return logIn(null, ROOT);
    }

    /** A tenant with an admin and a manager, each with {@link #PASSWORD}. */
    void tenantWithUsers(String tenant) {
        TenantId id = TenantId.of(tenant);
        ports.transactions().runInTenant(id, () -> {
            ports.tenants().add(Tenant.create(id, "Tenant " + tenant, Clock.systemUTC().instant()));
            addUser("admin", Role.ADMIN);
            addUser("manager", Role.MANAGER);
        });
    }

    private void addUser(String username, Role role) {
        ports.users().add(new User(UserId.newId(), Username.of(username), hasher.hash(PASSWORD), role, true,
                Clock.systemUTC().instant()));
    }

    @Override
    public void close() {
        // streams first: completing an open stream after the server stopped fails inside Javalin
        liveEvents.close();
        api.stop();
    }
}
