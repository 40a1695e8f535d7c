package io.aggregator.bootstrap;

import static io.aggregator.bootstrap.AdminScreens.cancel;
import static io.aggregator.bootstrap.AdminScreens.confirm;
import static io.aggregator.bootstrap.AdminScreens.control;
import static io.aggregator.bootstrap.AdminScreens.fieldError;
import static io.aggregator.bootstrap.AdminScreens.noticeSays;
import static io.aggregator.bootstrap.AdminScreens.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aggregator.bootstrap.WebTestServer.TestTenant;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The users screen: a tenant admin adds, changes, resets and deletes the tenant's users. */
class UsersBrowserTest extends BrowserTestSupport {
    private static final String USER_FORM = "#user-form";

    @Test
    void anAdminAddsAManagerWhoCanThenLogIn() {
        TestTenant shop = server.newTenant("Users Shop", List.of());
        openUsersAs(shop);

        type(browser, By.cssSelector(USER_FORM + " [name=username]"), "Mira");
        type(browser, By.cssSelector(USER_FORM + " [name=password]"), WebTestServer.PASSWORD);
        AdminScreens.choose(browser, By.cssSelector(USER_FORM + " [name=role]"), "manager");
        browser.find(By.cssSelector(USER_FORM + " button[type=submit]")).click();

        browser.waitFor(By.cssSelector("tr[data-username=mira] td[data-role=manager]"));
        noticeSays(browser, "mira");
        assertThat(control(browser, USER_FORM, "username").getAttribute("value")).isEmpty();
        browser.screenshot("users");
        assertThat(user(shop, "mira")).hasValueSatisfying(mira -> {
            assertThat(mira.path("role").asText()).isEqualTo("manager");
            assertThat(mira.path("active").asBoolean()).isTrue();
        });

        browser.forget();
        browser.logIn(shop.id().value(), "mira", WebTestServer.PASSWORD);
        browser.until(ExpectedConditions.urlContains("#/inbox"));
        assertThat(browser.find(By.cssSelector(".topbar .who")).getText()).contains("mira");
    }

    @Test
    void aUsernameTakenInTheTenantIsRefusedAtItsField() {
        TestTenant shop = server.newTenant("Duplicate Shop", List.of());
        openUsersAs(shop);

        type(browser, By.cssSelector(USER_FORM + " [name=username]"), shop.manager());
        type(browser, By.cssSelector(USER_FORM + " [name=password]"), WebTestServer.PASSWORD);
        browser.find(By.cssSelector(USER_FORM + " button[type=submit]")).click();

        assertThat(fieldError(browser, USER_FORM, "username").getText()).contains("taken");
        assertThat(control(browser, USER_FORM, "username").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(control(browser, USER_FORM, "username").getAttribute("value")).isEqualTo(shop.manager());
        assertThat(users(shop)).hasSize(2);

        type(browser, By.cssSelector(USER_FORM + " [name=username]"), "newcomer");
        type(browser, By.cssSelector(USER_FORM + " [name=password]"), "short");
        browser.find(By.cssSelector(USER_FORM + " button[type=submit]")).click();
        assertThat(fieldError(browser, USER_FORM, "password").getText()).contains("at least 10");
        assertThat(browser.findAll(By.cssSelector(USER_FORM + " [data-field=username] .field-error"))).isEmpty();
        assertThat(users(shop)).hasSize(2);
    }

    @Test
    void deletingAUserAsksFirstAndCancellingKeepsThem() {
        TestTenant shop = server.newTenant("Delete User Shop", List.of());
        openUsersAs(shop);
        By deleteMax = By.cssSelector("tr[data-username=max] button[data-action=delete]");

        browser.waitFor(deleteMax).click();
        assertThat(browser.waitFor(By.cssSelector("dialog.confirm")).getText()).contains("max");
        cancel(browser);
        assertThat(browser.findAll(By.cssSelector("tr[data-username=max]"))).hasSize(1);
        assertThat(user(shop, "max")).isPresent();

        browser.find(deleteMax).click();
        confirm(browser);
        browser.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr[data-username=max]"), 0));
        assertThat(user(shop, "max")).isEmpty();
        assertThat(browser.findAll(By.cssSelector("tr[data-username=anna] button[data-action=delete]")))
                .as("the admin's own row offers no delete").isEmpty();
    }

    @Test
    void anAdminResetsAPasswordThenPromotesAndDeactivatesTheUser() {
        TestTenant shop = server.newTenant("Edit User Shop", List.of());
        openUsersAs(shop);
        String dialog = "dialog[data-dialog=reset-password]";

        browser.waitFor(By.cssSelector("tr[data-username=max] button[data-action=password]")).click();
        type(browser, By.cssSelector(dialog + " [name=new_password]"), "password");
        browser.find(By.cssSelector(dialog + " button[type=submit]")).click();
        assertThat(fieldError(browser, dialog, "new_password").getText()).isNotBlank();
        type(browser, By.cssSelector(dialog + " [name=new_password]"), "a brand new passphrase");
        browser.find(By.cssSelector(dialog + " button[type=submit]")).click();
        browser.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(dialog), 0));
        noticeSays(browser, "reset");
        assertThat(server.call("POST", null, "/api/v1/session", "{\"tenant_id\":\"" + shop.id()
                + "\",\"username\":\"max\",\"password\":\"a brand new passphrase\"}").path("token").asText())
                .isNotBlank();

        browser.find(By.cssSelector("tr[data-username=max] button[data-action=edit]")).click();
        AdminScreens.choose(browser, By.cssSelector("dialog[data-dialog=edit-user] [name=role]"), "admin");
        browser.find(By.cssSelector("dialog[data-dialog=edit-user] [name=active]")).click();
        browser.find(By.cssSelector("dialog[data-dialog=edit-user] button[type=submit]")).click();
        browser.waitFor(By.cssSelector("tr[data-username=max] td[data-role=admin]"));
        browser.waitFor(By.cssSelector("tr[data-username=max] td[data-active=false]"));
        assertThat(user(shop, "max")).hasValueSatisfying(max -> {
            assertThat(max.path("role").asText()).isEqualTo("admin");
            assertThat(max.path("active").asBoolean()).isFalse();
        });
    }

    private static void openUsersAs(TestTenant shop) {
        browser.logIn(shop.id().value(), shop.admin(), WebTestServer.PASSWORD);
        browser.open("users");
        browser.waitFor(By.cssSelector("tr[data-username=" + shop.admin() + "]"));
    }

    private static List<JsonNode> users(TestTenant shop) {
        JsonNode items = server.call("GET", server.logIn(shop.id(), shop.admin()),
                "/api/v1/tenants/" + shop.id() + "/users", null).path("items");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    private static Optional<JsonNode> user(TestTenant shop, String username) {
        return users(shop).stream().filter(user -> user.path("username").asText().equals(username)).findFirst();
    }
}
