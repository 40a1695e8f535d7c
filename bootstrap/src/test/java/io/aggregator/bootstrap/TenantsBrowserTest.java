package io.aggregator.bootstrap;

import static io.aggregator.bootstrap.AdminScreens.confirm;
import static io.aggregator.bootstrap.AdminScreens.fieldError;
import static io.aggregator.bootstrap.AdminScreens.noticeSays;
import static io.aggregator.bootstrap.AdminScreens.platformAdminToken;
import static io.aggregator.bootstrap.AdminScreens.tenantRow;
import static io.aggregator.bootstrap.AdminScreens.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.bootstrap.WebTestServer.TestTenant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The tenants screen: the platform admin's directory, and switching the tenant the page works in. */
class TenantsBrowserTest extends BrowserTestSupport {
    private static final String TENANT_FORM = "#tenant-form";

    @Test
    void thePlatformAdminCreatesATenantAndFindsIt() {
        String id = "created_" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        openTenants();

        type(browser, By.cssSelector(TENANT_FORM + " [name=tenant_id]"), id);
        type(browser, By.cssSelector(TENANT_FORM + " [name=display_name]"), "Created Shop");
        type(browser, By.cssSelector(TENANT_FORM + " [name=rate_limit_per_minute]"), "120");
        browser.find(By.cssSelector(TENANT_FORM + " button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".created-tenant"), id);
        assertThat(server.call("GET", platformAdminToken(server), "/api/v1/tenants/" + id, null)
                .path("display_name").asText()).isEqualTo("Created Shop");

        type(browser, By.name("q"), id);
        WebElement row = tenantRow(browser, id);
        assertThat(row.getText()).contains("Created Shop").contains("120");
        browser.until(driver -> driver.findElements(By.cssSelector("tr[data-tenant-id]")).size() == 1);
        assertThat(browser.driver().getCurrentUrl()).contains("q=" + id);
        browser.screenshot("tenants");

        type(browser, By.cssSelector(TENANT_FORM + " [name=tenant_id]"), id);
        type(browser, By.cssSelector(TENANT_FORM + " [name=display_name]"), "Twin Shop");
        browser.find(By.cssSelector(TENANT_FORM + " button[type=submit]")).click();
        assertThat(fieldError(browser, TENANT_FORM, "tenant_id").getText()).contains("taken");
    }

    @Test
    void thePlatformAdminSwitchesFromOneTenantToAnother() {
        TestTenant first = server.newTenant("Switch A Shop", List.of());
        TestTenant second = server.newTenant("Switch B Shop", List.of());
        openTenants();

        workIn(first);
        browser.open("settings");
        waitForSystemMessage("You answer for Switch A Shop.");

        browser.open("tenants");
        WebElement current = tenantRow(browser, first.id().value());
        assertThat(current.getAttribute("aria-current")).isEqualTo("true");
        assertThat(current.findElements(By.cssSelector("[data-current]"))).hasSize(1);
        workIn(second);
        browser.open("settings");
        waitForSystemMessage("You answer for Switch B Shop.");

        browser.open("tenants");
        assertThat(tenantRow(browser, second.id().value()).getAttribute("aria-current")).isEqualTo("true");
        assertThat(tenantRow(browser, first.id().value()).getAttribute("aria-current")).isNull();
    }

    @Test
    void aSuspendedTenantIsRefusedUntilReactivated() {
        TestTenant shop = server.newTenant("Suspend Shop", List.of());
        String id = shop.id().value();
        openTenants();
        type(browser, By.name("q"), id);

        tenantRow(browser, id).findElement(By.cssSelector("button[data-action=suspend]")).click();
        confirm(browser);
        browser.waitFor(By.cssSelector("tr[data-tenant-id='" + id + "'][data-status=suspended]"));
        noticeSays(browser, "suspended");
        assertThat(server.call("GET", platformAdminToken(server), "/api/v1/tenants/" + id, null)
                .path("status").asText()).isEqualTo("suspended");
        assertThatThrownBy(() -> server.logIn(shop.id(), shop.admin())).isInstanceOf(AssertionError.class);

        AdminScreens.choose(browser, By.name("status"), "suspended");
        tenantRow(browser, id);
        assertThat(browser.findAll(By.cssSelector("tr[data-tenant-id]"))).allSatisfy(row ->
                assertThat(row.getAttribute("data-status")).isEqualTo("suspended"));

        // the notice of the suspension lies over the row's buttons until it goes
        browser.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#notices .notice"), 0));
        browser.find(By.cssSelector("tr[data-tenant-id='" + id + "'] button[data-action=reactivate]")).click();
        browser.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr[data-tenant-id='" + id + "']"), 0));
        AdminScreens.choose(browser, By.name("status"), "");
        assertThat(tenantRow(browser, id).getAttribute("data-status")).isEqualTo("active");
        assertThat(server.logIn(shop.id(), shop.admin())).isNotBlank();
    }

    @Test
    void deletingATenantNeedsItsIdTyped() {
        TestTenant shop = server.newTenant("Delete Tenant Shop", List.of());
        String id = shop.id().value();
        openTenants();
        type(browser, By.name("q"), id);
        String dialog = "dialog[data-dialog=delete-tenant]";

        tenantRow(browser, id).findElement(By.cssSelector("button[data-action=delete]")).click();
        type(browser, By.cssSelector(dialog + " [name=confirm]"), "not the id");
        browser.find(By.cssSelector(dialog + " button[type=submit]")).click();
        assertThat(fieldError(browser, dialog, "confirm").getText()).contains(id);
        assertThat(server.call("GET", platformAdminToken(server), "/api/v1/tenants/" + id, null)
                .path("tenant_id").asText()).isEqualTo(id);

        type(browser, By.cssSelector(dialog + " [name=confirm]"), id);
        browser.find(By.cssSelector(dialog + " button[type=submit]")).click();
        browser.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr[data-tenant-id='" + id + "']"), 0));
        assertThatThrownBy(() -> server.call("GET", platformAdminToken(server), "/api/v1/tenants/" + id, null))
                .isInstanceOf(AssertionError.class).hasMessageContaining("404");
    }

    private static void openTenants() {
        browser.logIn("", WebTestServer.PLATFORM_ADMIN, WebTestServer.PASSWORD);
        browser.open("tenants");
        browser.waitFor(By.cssSelector(TENANT_FORM));
    }

    /** Chooses the tenant on the tenants screen; the page then shows the dashboard and the tenant on top. */
    private static void workIn(TestTenant tenant) {
        String id = tenant.id().value();
        type(browser, By.name("q"), id);
        tenantRow(browser, id).findElement(By.cssSelector("button[data-action=switch]")).click();
        browser.until(ExpectedConditions.urlContains("#/dashboard"));
        browser.waitFor(By.cssSelector(".topbar .tenant-name[data-tenant='" + id + "']"));
        assertThat(browser.find(By.cssSelector(".topbar .tenant-name strong")).getText()).isEqualTo(id);
    }

    private static void waitForSystemMessage(String text) {
        browser.until(driver -> text.equals(driver.findElements(By.name("system_message")).stream().findFirst()
                .map(element -> element.getAttribute("value")).orElse(null)));
    }
}
