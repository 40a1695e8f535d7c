package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.adapter.http.Access;
import io.aggregator.adapter.http.ApiRoute;
import io.aggregator.adapter.postgres.PostgresPersistence;
import io.aggregator.application.port.in.Caller;
import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.access.Session;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.TenantStatus;
import io.aggregator.domain.tenant.Thresholds;
import io.aggregator.domain.user.PasswordHash;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route of the API (as the HTTP adapter declares them, so a new route cannot be left out)
 * against every kind of caller, on the assembled server and real PostgreSQL. Tenant A's things must
 * be 404 for tenant B's users and keys, and nothing of A may show in B's answers.
 */
class AuthorizationMatrixTest {
    private static final String MARK = "secret-of-tenant-a";

    /**
     * Who may call what, written down independently of the code that enforces it. A route missing
     * here fails the test: each new route needs a decision.
     */
    private static final Map<String, Access> EXPECTED = Map.ofEntries(
            Map.entry("GET /api/v1/openapi.json", Access.PUBLIC),
            Map.entry("POST /api/v1/session", Access.PUBLIC),
            Map.entry("GET /api/v1/session", Access.AUTHENTICATED),
            Map.entry("DELETE /api/v1/session", Access.PERSON),
            Map.entry("POST /api/v1/session/password", Access.PERSON),
            Map.entry("POST /api/v1/tenants", Access.PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants", Access.PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}", Access.PLATFORM_ADMIN),
            Map.entry("PATCH /api/v1/tenants/{tenant}", Access.PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/suspend", Access.PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/reactivate", Access.PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/delete", Access.PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/settings", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("PUT /api/v1/tenants/{tenant}/settings", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("PATCH /api/v1/tenants/{tenant}/settings", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/faqs", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/faqs", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/faqs/import", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/faqs/export", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/faqs/{faq_id}", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("PUT /api/v1/tenants/{tenant}/faqs/{faq_id}", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("DELETE /api/v1/tenants/{tenant}/faqs/{faq_id}", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/faqs/{faq_id}/activate", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/faqs/{faq_id}/deactivate", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/users", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/users", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/users/{user_id}", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("PATCH /api/v1/tenants/{tenant}/users/{user_id}", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/users/{user_id}/password", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("DELETE /api/v1/tenants/{tenant}/users/{user_id}", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/integration-keys", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/integration-keys", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/integration-keys/{key_id}/revoke", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/bot-settings", Access.TENANT_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/bot-settings/{key}", Access.TENANT_ADMIN),
            Map.entry("PUT /api/v1/tenants/{tenant}/bot-settings/{key}", Access.TENANT_ADMIN),
            Map.entry("DELETE /api/v1/tenants/{tenant}/bot-settings/{key}", Access.TENANT_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/events", Access.TENANT_MEMBER),
            Map.entry("POST /api/v1/tenants/{tenant}/messages", Access.INTEGRATION_KEY),
            Map.entry("POST /api/v1/tenants/{tenant}/chats/{chat_id}/reply", Access.TENANT_MEMBER),
            Map.entry("POST /api/v1/tenants/{tenant}/chats/{chat_id}/take-over", Access.TENANT_MEMBER),
            Map.entry("POST /api/v1/tenants/{tenant}/chats/{chat_id}/give-back", Access.TENANT_MEMBER),
            Map.entry("POST /api/v1/tenants/{tenant}/chats/{chat_id}/hide", Access.TENANT_MEMBER),
            Map.entry("POST /api/v1/tenants/{tenant}/chats/{chat_id}/unhide", Access.TENANT_MEMBER),
            Map.entry("POST /api/v1/tenants/{tenant}/faqs/test", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/try-bot/messages", Access.TENANT_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/chats", Access.TENANT_MEMBER),
            Map.entry("GET /api/v1/tenants/{tenant}/chats/{chat_id}", Access.TENANT_MEMBER),
            Map.entry("GET /api/v1/tenants/{tenant}/chats/{chat_id}/messages", Access.TENANT_MEMBER),
            Map.entry("POST /api/v1/tenants/{tenant}/chats/{chat_id}/read", Access.TENANT_MEMBER),
            Map.entry("GET /api/v1/tenants/{tenant}/stats", Access.TENANT_MEMBER),
            Map.entry("GET /api/v1/tenants/{tenant}/integration", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("PUT /api/v1/tenants/{tenant}/integration", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/integration/secret", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/outbox/failed", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/outbox/{entry_id}/retry", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("POST /api/v1/tenants/{tenant}/ai-callbacks/{request_id}", Access.SIGNED_WEBHOOK),
            Map.entry("GET /api/v1/overview", Access.PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/overview", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("GET /api/v1/tenants/{tenant}/dashboard", Access.TENANT_OR_PLATFORM_ADMIN),
            Map.entry("GET /api/v1/dashboard", Access.PLATFORM_ADMIN));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static Application application;
    private static PostgresPersistence persistence;
    private static TenantId tenantA;
    private static TenantId tenantB;
    private static TenantId suspended;
    private static UserId platformAdmin;
    private static UserId adminA;
    private static UserId managerA;
    private static UserId adminB;
    private static UserId adminOfSuspended;

    /** A kind of caller, able to mint a fresh credential for every request. */
    private record Principal(String name, TenantId tenant, Supplier<String> token, Caller kind) {
    }

    @BeforeAll
    static void startWithTwoTenantsAndASuspendedOne() {
        application = Application.start(new ServerConfig(new ServerConfig.Http("localhost", 0, 1_000_000, 100_000,
                        100_000, false, 20_000),
                TestServerConfig.testDatabase(), 4, false,
                new ServerConfig.Access("matrix-root", "matrix root password", 10, 1)), Clock.systemUTC());
        persistence = application.persistence();
        String run = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        tenantA = TenantId.of("matrix-a-" + run);
        tenantB = TenantId.of("matrix-b-" + run);
        suspended = TenantId.of("matrix-s-" + run);
        adminA = tenantWithUser(tenantA, Role.ADMIN);
        managerA = addUser(tenantA, Role.MANAGER);
        adminB = tenantWithUser(tenantB, Role.ADMIN);
        adminOfSuspended = tenantWithUser(suspended, Role.ADMIN);
        persistence.transactions().runInTenant(suspended, () -> persistence.tenants().update(
                persistence.tenants().findById(suspended).orElseThrow().withStatus(TenantStatus.SUSPENDED)));
        persistence.transactions().runInTenant(tenantA, () -> {
            persistence.settings().save(new TenantSettings(MARK, HandoverMode.ASK, Language.EN, Thresholds.none()));
            persistence.faqs().add(new Faq(FaqId.newId(), MARK + " question", MARK + " answer", Keywords.none(), 1,
                    true));
            persistence.botSettings().put("system_message", MARK);
        });
        platformAdmin = persistence.transactions().inPlatform(() -> persistence.platformAdmins()
                .findByUsername(Username.of("matrix-root")).or(() -> {
                    PlatformAdmin admin = new PlatformAdmin(UserId.newId(), Username.of("matrix-root-" + run),
                            new PasswordHash("$2b$10$unusedunusedunusedunusedunusedunusedunusedunused"), Instant.now());
                    persistence.platformAdmins().add(admin);
                    return java.util.Optional.of(admin);
                }).orElseThrow().id());
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private static UserId tenantWithUser(TenantId tenant, Role role) {
        persistence.transactions().runInTenant(tenant, () -> persistence.tenants().add(
                Tenant.create(tenant, "Tenant " + (tenant.equals(tenantA) ? MARK : tenant.value()), Instant.now())));
        return addUser(tenant, role);
    }

    private static UserId addUser(TenantId tenant, Role role) {
        User user = new User(UserId.newId(), Username.of(role.code() + "-" + tenant.value()),
                new PasswordHash("$2b$10$unusedunusedunusedunusedunusedunusedunusedunused"), role, true, Instant.now());
        persistence.transactions().runInTenant(tenant, () -> persistence.users().add(user));
        return user.id();
    }

    /** A new session straight in the store: logging in for every request would trip the throttle. */
    private static String session(TenantId tenant, UserId user) {
        AccessToken token = AccessToken.newSession(tenant);
        Session session = new Session(token.hash(), user, AccessToken.sha256("unused"), Instant.now(),
                Instant.now().plus(Duration.ofHours(1)));
        if (tenant == null) {
            persistence.transactions().inPlatform(() -> {
                persistence.sessions().add(session);
                return null;
            });
        } else {
            persistence.transactions().runInTenant(tenant, () -> persistence.sessions().add(session));
        }
        return token.reveal();
    }

    private static String keyOf(TenantId tenant) {
        AccessToken token = AccessToken.newIntegrationKey(tenant);
        persistence.transactions().runInTenant(tenant, () -> persistence.integrationKeys().add(new IntegrationKey(
                IntegrationKeyId.newId(), "matrix", token.displayPrefix(), token.hash(), null, Instant.now(), null,
                null)));
        return token.reveal();
    }

    private static List<Principal> principals() {
        return List.of(
                new Principal("anonymous", null, () -> null, null),
                new Principal("platform admin", null, () -> session(null, platformAdmin),
                        new Caller.PlatformAdmin(platformAdmin, Username.of("root"), "", "")),
                new Principal("admin of A", tenantA, () -> session(tenantA, adminA), tenantUser(tenantA, Role.ADMIN)),
                new Principal("manager of A", tenantA, () -> session(tenantA, managerA),
                        tenantUser(tenantA, Role.MANAGER)),
                new Principal("admin of B", tenantB, () -> session(tenantB, adminB), tenantUser(tenantB, Role.ADMIN)),
                new Principal("key of A", tenantA, () -> keyOf(tenantA),
                        new Caller.IntegrationKey(tenantA, IntegrationKeyId.newId(), "k", null)),
                new Principal("suspended tenant's admin", suspended, () -> session(suspended, adminOfSuspended),
                        tenantUser(suspended, Role.ADMIN)));
    }

    private static Caller tenantUser(TenantId tenant, Role role) {
        return new Caller.TenantUser(tenant, UserId.newId(), Username.of("someone"), role, null, "", "");
    }

    private static HttpResponse<String> call(ApiRoute route, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + application.port() + path))
                .method(route.method(), route.takesBody() ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
        if (route.takesBody()) {
            request.header("Content-Type", route.consumes().get(0).equals("application/json")
                    ? "application/json" : route.consumes().get(0));
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String pathFor(ApiRoute route, TenantId tenant) {
        return route.path().replace("{tenant}", tenant.value()).replaceAll("\\{[a-z_]+}", UUID.randomUUID().toString());
    }

    /** Undo what an allowed call may have done to tenant A's state, so every call meets the same A. */
    private static void restoreTenantA() {
        persistence.transactions().runInTenant(tenantA, () -> persistence.tenants().findById(tenantA)
                .filter(tenant -> tenant.status() != TenantStatus.ACTIVE)
                .ifPresent(tenant -> persistence.tenants().update(tenant.withStatus(TenantStatus.ACTIVE))));
    }

    private static Access expected(ApiRoute route) {
        return EXPECTED.get(route.method() + " " + route.path());
    }

    @Test
    void everyRouteHasAWrittenDownRuleAndTheRouteDeclaresTheSame() {
        List<String> undecided = new ArrayList<>();
        for (ApiRoute route : application.routes()) {
            if (expected(route) == null) {
                undecided.add(route.method() + " " + route.path());
            } else {
                assertThat(route.access()).as("%s %s", route.method(), route.path()).isEqualTo(expected(route));
            }
        }
        assertThat(undecided).as("routes without an expected access rule in this test").isEmpty();
    }

    @Test
    void everyRouteAnswersEveryCallerAsTheWrittenRuleSays() throws Exception {
        List<ApiRoute> routes = application.routes().stream().filter(route -> expected(route) != null).toList();
        assertThat(routes).hasSizeGreaterThan(10);
        List<String> wrong = new ArrayList<>();
        for (ApiRoute route : routes) {
            for (Principal principal : principals()) {
                HttpResponse<String> answer = call(route, pathFor(route, tenantA), principal.token().get());
                restoreTenantA();
                String problem = expectationBroken(route, principal, answer);
                if (problem != null) {
                    wrong.add(route.method() + " " + route.path() + " as " + principal.name() + ": " + problem
                            + " (got " + answer.statusCode() + " " + answer.body() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String expectationBroken(ApiRoute route, Principal principal, HttpResponse<String> answer) {
        int status = answer.statusCode();
        Access access = expected(route);
        if (access == Access.PUBLIC) {
            return status == 401 || status == 403 ? "a public route refused the caller" : null;
        }
        if (access == Access.SIGNED_WEBHOOK) {
            // credentials count for nothing here: only the tenant's signature does, and none was sent
            return status == 401 ? null : "expected 401 for a callback without a valid signature";
        }
        if (principal.kind() == null) {
            return status == 401 ? null : "expected 401 without credentials";
        }
        if (principal.tenant() != null && principal.tenant().equals(suspended)) {
            return status == 403 ? null : "expected 403 for a suspended tenant's user";
        }
        if (route.underTenant() && principal.tenant() != null && !principal.tenant().equals(tenantA)) {
            return status == 404 ? null : "expected 404 for another tenant's caller";
        }
        if (!access.allows(principal.kind())) {
            return status == 403 ? null : "expected 403";
        }
        if (status == 401 || status == 403 || status >= 500) {
            return "an allowed caller was refused or failed";
        }
        boolean hasObjectId = route.path().replace("{tenant}", "").contains("{");
        if (status == 404 && !hasObjectId) {
            return "an allowed caller got 404 on a route without object ids";
        }
        return null;
    }

    @Test
    void nothingOfTenantAShowsInTenantBsAnswers() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (ApiRoute route : application.routes()) {
            if (!route.method().equals("GET") || !route.underTenant()) {
                continue;
            }
            HttpResponse<String> answer = call(route, pathFor(route, tenantB), session(tenantB, adminB));
            if (answer.body().contains(MARK) || answer.body().contains(tenantA.value())) {
                leaks.add(route.path() + ": " + answer.body());
            }
            if (expected(route) != null && expected(route).allows(tenantUser(tenantA, Role.ADMIN))) {
                HttpResponse<String> own = call(route, pathFor(route, tenantA), session(tenantA, adminA));
                assertThat(own.statusCode()).as("A's admin reads %s", route.path()).isNotIn(401, 403, 500);
            }
        }
        assertThat(leaks).isEmpty();
    }
}
