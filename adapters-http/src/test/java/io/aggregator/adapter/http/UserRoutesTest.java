package io.aggregator.adapter.http;

import static io.aggregator.adapter.http.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.Username;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserRoutesTest {
    private static final String SHOP = "shop";
    private static final String USERS = "/api/v1/tenants/shop/users";
    private static final String NEW_PASSWORD = "a fresh long secret";

    private TestApi api;
    private String admin;
    private String manager;

    @BeforeEach
    void aShopAndAnotherTenantEachWithAnAdminAndAManager() {
        api = new TestApi();
        api.tenantWithUsers(SHOP);
        api.tenantWithUsers("other");
        admin = api.logIn(SHOP, "admin");
        manager = api.logIn(SHOP, "manager");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpClientForTests.Answer as(String token, String method, String path, String body) {
        return api.http.as(token, method, path, body);
    }

    private List<User> storedUsers(String tenant) {
        return api.ports.transactions().inTenant(TenantId.of(tenant), () -> api.ports.users().listAll());
    }

    private User stored(String username) {
        return api.ports.transactions().inTenant(TenantId.of(SHOP),
                () -> api.ports.users().findByUsername(Username.of(username))).orElseThrow();
    }

    private String idOf(String username) {
        return stored(username).id().toString();
    }

    private static String newUser(String username, String role) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + TestApi.PASSWORD + "\",\"role\":\"" + role + "\"}";
    }

    private int sessionStatus(String token) {
        return as(token, "GET", "/api/v1/session", null).status();
    }

    @Test
    void anAdminCreatesListsReadsChangesAndDeletesAUser() {
        var created = as(admin, "POST", USERS, newUser("Bella", "manager"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("id").asText();
        assertThat(created.header("Location")).isEqualTo(USERS + "/" + id);
        assertThat(created.body().path("username").asText()).isEqualTo("bella");
        assertThat(created.body().path("role").asText()).isEqualTo("manager");
        assertThat(created.body().path("active").asBoolean()).isTrue();
        assertThat(created.body().path("created_at").asText()).isNotBlank();
        assertThat(as(admin, "GET", USERS, null).body().path("items")).extracting(u -> u.path("username").asText())
                .containsExactly("admin", "bella", "manager");
        assertThat(as(admin, "GET", USERS + "/" + id, null).body()).isEqualTo(created.body());

        var changed = as(admin, "PATCH", USERS + "/" + id, "{\"role\":\"admin\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("role").asText()).isEqualTo("admin");
        assertThat(changed.body().path("active").asBoolean()).isTrue();

        assertThat(as(admin, "DELETE", USERS + "/" + id, null).status()).isEqualTo(204);
        assertRefused(as(admin, "GET", USERS + "/" + id, null), 404, null);
        assertThat(storedUsers(SHOP)).extracting(u -> u.username().value()).containsExactly("admin", "manager");
    }

    @Test
    void aCreatedUserCanLogInWithTheGivenPassword() {
        as(admin, "POST", USERS, newUser("bella", "manager"));

        assertThat(sessionStatus(api.logIn(SHOP, "bella"))).isEqualTo(200);
    }

    @Test
    void noAnswerCarriesAPasswordOrItsHash() {
        String id = as(admin, "POST", USERS, newUser("bella", "manager")).body().path("id").asText();
        String hash = stored("bella").passwordHash().encoded();

        List<JsonNode> answers = List.of(
                as(admin, "GET", USERS, null).body(),
                as(admin, "GET", USERS + "/" + id, null).body(),
                as(admin, "PATCH", USERS + "/" + id, "{\"active\":true}").body(),
                as(admin, "POST", USERS, newUser("clara", "admin")).body());

        assertThat(answers).allSatisfy(answer -> assertThat(answer.toString())
                .doesNotContain("password").doesNotContain(hash).doesNotContain("fake$"));
    }

    @Test
    void aPlatformAdminCreatesANewTenantsFirstAdminWhoCanThenLogIn() {
        String root = api.rootToken();
        assertThat(as(root, "POST", "/api/v1/tenants", "{\"tenant_id\":\"bakery\",\"display_name\":\"Bakery\"}")
                .status()).isEqualTo(201);

        var created = as(root, "POST", "/api/v1/tenants/bakery/users", newUser("owner", "admin"));

        assertThat(created.status()).isEqualTo(201);
        String owner = api.logIn("bakery", "owner");
        assertThat(as(owner, "GET", "/api/v1/tenants/bakery/users", null).body().path("items")).hasSize(1);
    }

    @Test
    void aPlatformAdminGets404ForATenantThatDoesNotExist() {
        String root = api.rootToken();

        assertRefused(as(root, "GET", "/api/v1/tenants/nowhere/users", null), 404, null);
        assertRefused(as(root, "POST", "/api/v1/tenants/nowhere/users", newUser("owner", "admin")), 404, null);
    }

    @Test
    void aTakenUsernameInAnyCaseIs409AndAddsNobody() {
        List<User> before = storedUsers(SHOP);

        assertRefused(as(admin, "POST", USERS, newUser("MANAGER", "admin")), 409, "username");
        assertThat(storedUsers(SHOP)).isEqualTo(before);
    }

    @Test
    void anAdminCannotChangeTheirOwnRoleDeactivateDeleteOrResetThemselves() {
        String self = USERS + "/" + idOf("admin");
        List<User> before = storedUsers(SHOP);

        assertRefused(as(admin, "PATCH", self, "{\"role\":\"manager\"}"), 403, null);
        assertRefused(as(admin, "PATCH", self, "{\"active\":false}"), 403, null);
        assertRefused(as(admin, "DELETE", self, null), 403, null);
        assertRefused(as(admin, "POST", self + "/password", "{\"new_password\":\"" + NEW_PASSWORD + "\"}"), 403, null);

        assertThat(storedUsers(SHOP)).isEqualTo(before);
        assertThat(sessionStatus(admin)).isEqualTo(200);
    }

    @Test
    void aPlatformAdminChangesAnAdminWhileAnotherActiveAdminRemains() {
        String root = api.rootToken();
        as(admin, "POST", USERS, newUser("bella", "admin"));

        assertThat(as(root, "PATCH", USERS + "/" + idOf("admin"), "{\"role\":\"manager\"}").status()).isEqualTo(200);
        assertThat(as(root, "DELETE", USERS + "/" + idOf("admin"), null).status()).isEqualTo(204);
        assertThat(storedUsers(SHOP)).extracting(u -> u.username().value()).containsExactly("bella", "manager");
    }

    @Test
    void theLastActiveAdminCannotBeDemotedDeactivatedOrDeletedEvenByAPlatformAdmin() {
        String root = api.rootToken();
        String last = USERS + "/" + idOf("admin");
        List<User> before = storedUsers(SHOP);

        assertRefused(as(root, "PATCH", last, "{\"role\":\"manager\"}"), 422, "role");
        assertRefused(as(root, "PATCH", last, "{\"active\":false}"), 422, "active");
        assertRefused(as(root, "DELETE", last, null), 422, "user_id");

        assertThat(storedUsers(SHOP)).isEqualTo(before);
    }

    @Test
    void aResetSetsTheNewPasswordAndEndsEverySessionOfThatUserOnly() {
        String secondSession = api.logIn(SHOP, "manager");

        var reset = as(admin, "POST", USERS + "/" + idOf("manager") + "/password",
                "{\"new_password\":\"" + NEW_PASSWORD + "\"}");

        assertThat(reset.status()).isEqualTo(204);
        assertThat(sessionStatus(manager)).isEqualTo(401);
        assertThat(sessionStatus(secondSession)).isEqualTo(401);
        assertThat(sessionStatus(admin)).isEqualTo(200);
        assertThat(api.http.send("POST", "/api/v1/session", "{\"tenant_id\":\"shop\",\"username\":\"manager\","
                + "\"password\":\"" + TestApi.PASSWORD + "\"}").status()).isEqualTo(401);
        assertThat(api.http.send("POST", "/api/v1/session", "{\"tenant_id\":\"shop\",\"username\":\"manager\","
                + "\"password\":\"" + NEW_PASSWORD + "\"}").status()).isEqualTo(201);
    }

    @Test
    void aDeactivatedUserIsLoggedOutAndCannotLogIn() {
        assertThat(as(admin, "PATCH", USERS + "/" + idOf("manager"), "{\"active\":false}").body().path("active")
                .asBoolean()).isFalse();

        assertThat(sessionStatus(manager)).isEqualTo(401);
        assertThat(api.http.send("POST", "/api/v1/session", "{\"tenant_id\":\"shop\",\"username\":\"manager\","
                + "\"password\":\"" + TestApi.PASSWORD + "\"}").status()).isEqualTo(401);
    }

    @Test
    void aManagerGets403OnEveryUserRouteAndChangesNothing() {
        String someone = USERS + "/" + idOf("admin");
        List<User> before = storedUsers(SHOP);

        assertRefused(as(manager, "GET", USERS, null), 403, null);
        assertRefused(as(manager, "POST", USERS, newUser("bella", "admin")), 403, null);
        assertRefused(as(manager, "GET", someone, null), 403, null);
        assertRefused(as(manager, "PATCH", someone, "{\"role\":\"manager\"}"), 403, null);
        assertRefused(as(manager, "POST", someone + "/password", "{\"new_password\":\"" + NEW_PASSWORD + "\"}"), 403, null);
        assertRefused(as(manager, "DELETE", someone, null), 403, null);

        assertThat(storedUsers(SHOP)).isEqualTo(before);
    }

    @Test
    void anAdminOfAnotherTenantGets404EverywhereAndSeesNothing() {
        String stranger = api.logIn("other", "admin");
        String someone = USERS + "/" + idOf("manager");
        List<User> before = storedUsers(SHOP);

        List<HttpClientForTests.Answer> answers = List.of(
                as(stranger, "GET", USERS, null),
                as(stranger, "POST", USERS, newUser("bella", "admin")),
                as(stranger, "GET", someone, null),
                as(stranger, "PATCH", someone, "{\"active\":false}"),
                as(stranger, "POST", someone + "/password", "{\"new_password\":\"" + NEW_PASSWORD + "\"}"),
                as(stranger, "DELETE", someone, null));

        assertThat(answers).allSatisfy(answer -> {
            assertRefused(answer, 404, null);
            assertThat(answer.body().path("detail").asText()).isEqualTo("no tenant 'shop'");
        });
        assertThat(storedUsers(SHOP)).isEqualTo(before);
        assertThat(sessionStatus(manager)).isEqualTo(200);
    }

    @Test
    void aMalformedUnknownOrOtherTenantsUserIdIsNotFound() {
        String otherTenantsManager = storedUsers("other").stream()
                .filter(user -> user.username().value().equals("manager")).findFirst().orElseThrow().id().toString();
        String mangled = idOf("manager").replace('-', '_');

        assertRefused(as(admin, "GET", USERS + "/not-a-uuid", null), 404, null);
        assertRefused(as(admin, "GET", USERS + "/0190a3f2-7c1e-7b3d-9f2a-1c2d3e4f5a6b", null), 404, null);
        assertRefused(as(admin, "GET", USERS + "/" + otherTenantsManager, null), 404, null);
        assertRefused(as(admin, "PATCH", USERS + "/12345", "{\"active\":false}"), 404, null);
        assertRefused(as(admin, "DELETE", USERS + "/%E2%80%8B", null), 404, null);
        assertRefused(as(admin, "POST", USERS + "/" + mangled + "/password",
                "{\"new_password\":\"" + NEW_PASSWORD + "\"}"), 404, null);
    }

    static Stream<Arguments> badNewUsers() {
        String password = TestApi.PASSWORD;
        return Stream.of(
                Arguments.of("truncated JSON", "{\"username\": \"bella\", ", 400, null),
                Arguments.of("an array", "[]", 400, null),
                Arguments.of("no body", "", 422, "body"),
                Arguments.of("JSON null", "null", 422, "body"),
                Arguments.of("an unknown field", "{\"username\":\"bella\",\"password\":\"" + password
                        + "\",\"role\":\"admin\",\"is_root\":true}", 400, "is_root"),
                Arguments.of("a number as username", "{\"username\":12345,\"password\":\"" + password
                        + "\",\"role\":\"admin\"}", 400, "username"),
                Arguments.of("a list as role", "{\"username\":\"bella\",\"password\":\"" + password
                        + "\",\"role\":[\"admin\"]}", 400, "role"),
                Arguments.of("a boolean as password", "{\"username\":\"bella\",\"password\":true,\"role\":\"admin\"}",
                        400, "password"),
                Arguments.of("no username", "{\"password\":\"" + password + "\",\"role\":\"admin\"}", 422, "username"),
                Arguments.of("no password", "{\"username\":\"bella\",\"role\":\"admin\"}", 422, "password"),
                Arguments.of("no role", "{\"username\":\"bella\",\"password\":\"" + password + "\"}", 422, "role"),
                Arguments.of("an unknown role", "{\"username\":\"bella\",\"password\":\"" + password
                        + "\",\"role\":\"owner\"}", 422, "role"),
                Arguments.of("a username with a space", newUser("bella smith", "admin"), 422, "username"),
                Arguments.of("a username of 65 characters", newUser("b".repeat(65), "admin"), 422, "username"),
                Arguments.of("a Cyrillic look-alike username", newUser("b\u0435lla", "admin"), 422, "username"),
                Arguments.of("a username with a zero-width space", newUser("bel\u200Bla", "admin"), 422, "username"),
                Arguments.of("a username with an escaped NUL", newUser("bel\\u0000la", "admin"), 422, "username"),
                Arguments.of("a short password", "{\"username\":\"bella\",\"password\":\"short\",\"role\":\"admin\"}",
                        422, "password"),
                Arguments.of("a password of 19 emoji, 76 bytes", "{\"username\":\"bella\",\"password\":\""
                        + "\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02".repeat(6) + "\uD83D\uDE03\",\"role\":\"admin\"}",
                        422, "password"),
                Arguments.of("a password containing the username", "{\"username\":\"bella\",\"password\":"
                        + "\"my-BELLA-secret\",\"role\":\"admin\"}", 422, "password"),
                Arguments.of("a common password", "{\"username\":\"bella\",\"password\":\"Password123\","
                        + "\"role\":\"admin\"}", 422, "password"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badNewUsers")
    void aBadNewUserIsRefusedNamingTheFieldAndAddsNobody(String what, String body, int status, String field) {
        List<User> before = storedUsers(SHOP);

        assertRefused(as(admin, "POST", USERS, body), status, field);

        assertThat(storedUsers(SHOP)).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotUtf8OrNotJsonIsRefusedAndAddsNobody() {
        List<User> before = storedUsers(SHOP);
        byte[] latin1 = newUser("bellé", "admin").getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(api.http.sendBytes("POST", USERS, latin1, Map.of("Authorization", "Bearer " + admin)), 400, null);
        assertRefused(api.http.send("POST", USERS, newUser("bella", "admin"),
                Map.of("Authorization", "Bearer " + admin, "Content-Type", "text/plain")), 415, null);

        assertThat(storedUsers(SHOP)).isEqualTo(before);
    }

    static Stream<Arguments> badChanges() {
        return Stream.of(
                Arguments.of("truncated JSON", "{\"active\": ", 400, null),
                Arguments.of("no body", "", 422, "body"),
                Arguments.of("a string as active", "{\"active\":\"no\"}", 400, "active"),
                Arguments.of("a number as active", "{\"active\":0}", 400, "active"),
                Arguments.of("a number as role", "{\"role\":1}", 400, "role"),
                Arguments.of("an unknown role", "{\"role\":\"owner\"}", 422, "role"),
                Arguments.of("a role in capitals", "{\"role\":\"ADMIN\"}", 422, "role"),
                Arguments.of("an unknown field", "{\"username\":\"renamed\"}", 400, "username"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badChanges")
    void aBadChangeIsRefusedNamingTheFieldAndChangesNothing(String what, String body, int status, String field) {
        List<User> before = storedUsers(SHOP);

        assertRefused(as(admin, "PATCH", USERS + "/" + idOf("manager"), body), status, field);

        assertThat(storedUsers(SHOP)).isEqualTo(before);
    }

    static Stream<Arguments> badResets() {
        return Stream.of(
                Arguments.of("truncated JSON", "{\"new_password\": \"abc", 400, null),
                Arguments.of("no new password", "{}", 422, "new_password"),
                Arguments.of("the old field name", "{\"password\":\"" + NEW_PASSWORD + "\"}", 400, "password"),
                Arguments.of("a number", "{\"new_password\":12345678901}", 400, "new_password"),
                Arguments.of("too short", "{\"new_password\":\"short\"}", 422, "new_password"),
                Arguments.of("73 bytes", "{\"new_password\":\"" + "x1y2z3".repeat(12) + "w\"}", 422, "new_password"),
                Arguments.of("containing the username", "{\"new_password\":\"the-Manager-secret\"}", 422, "new_password"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badResets")
    void aBadResetIsRefusedNamingTheFieldAndKeepsPasswordAndSessions(String what, String body, int status,
                                                                      String field) {
        List<User> before = storedUsers(SHOP);

        assertRefused(as(admin, "POST", USERS + "/" + idOf("manager") + "/password", body), status, field);

        assertThat(storedUsers(SHOP)).isEqualTo(before);
        assertThat(sessionStatus(manager)).isEqualTo(200);
    }
}
