package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.bootstrap.WebTestServer.TestTenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Logging in and out in the browser, and how the page itself is served. */
class LoginBrowserTest extends BrowserTestSupport {

    @Test
    void aManagerLogsInToTheInboxAndOut() {
        TestTenant shop = server.newTenant("Login Shop", List.of());
        browser.open("");
        browser.waitFor(By.name("tenant_id"));
        browser.screenshot("login");

        browser.logIn(shop.id().value(), shop.manager(), WebTestServer.PASSWORD);

        assertThat(browser.driver().getCurrentUrl()).endsWith("#/inbox");
        assertThat(browser.find(By.cssSelector(".topbar .tenant-name")).getText()).isEqualTo(shop.id().value());
        assertThat(browser.findAll(By.cssSelector("#navigation a")))
                .extracting(link -> link.getAttribute("data-screen")).containsExactly("inbox");
        browser.find(By.cssSelector(".topbar .logout")).click();
        browser.waitFor(By.name("password"));
        browser.open("inbox");
        browser.waitFor(By.name("password"));
        assertThat(browser.findAll(By.id("navigation"))).isEmpty();
    }

    @Test
    void aWrongPasswordIsSaidSoAndTheFormStays() {
        TestTenant shop = server.newTenant("Wrong Password Shop", List.of());
        browser.open("");
        browser.waitFor(By.name("tenant_id")).sendKeys(shop.id().value());
        browser.find(By.name("username")).sendKeys(shop.admin());
        browser.find(By.name("password")).sendKeys("not the password");
        browser.find(By.cssSelector(".login-form button[type=submit]")).click();

        browser.waitForText(By.cssSelector(".login-form .form-error"), "wrong");
        assertThat(browser.find(By.name("password")).getAttribute("value")).isEmpty();
        assertThat(browser.findAll(By.id("navigation"))).isEmpty();
    }

    @Test
    void anAdminSeesTheAdministrationAndThePlatformAdminTheTenants() {
        TestTenant shop = server.newTenant("Admin Shop", List.of());
        browser.logIn(shop.id().value(), shop.admin(), WebTestServer.PASSWORD);
        assertThat(browser.findAll(By.cssSelector("#navigation a")))
                .extracting(link -> link.getAttribute("data-screen"))
                .containsExactly("inbox", "try-bot", "dashboard", "faqs", "settings", "users");

        browser.forget();
        browser.logIn("", WebTestServer.PLATFORM_ADMIN, WebTestServer.PASSWORD);
        browser.until(ExpectedConditions.urlContains("#/overview"));
        assertThat(browser.findAll(By.cssSelector("#navigation a")))
                .extracting(link -> link.getAttribute("data-screen"))
                .containsExactly("dashboard", "faqs", "settings", "users", "overview", "tenants");
    }

    @Test
    void theLanguageSwitchesToRussianAndStays() {
        TestTenant shop = server.newTenant("Language Shop", List.of());
        browser.logIn(shop.id().value(), shop.manager(), WebTestServer.PASSWORD);
        browser.find(By.cssSelector(".topbar select[aria-label=Language] option[value=ru]")).click();
        browser.waitForText(By.cssSelector("#navigation a[data-screen=inbox]"), "Входящие");
        browser.driver().navigate().refresh();
        browser.waitForText(By.cssSelector("#navigation a[data-screen=inbox]"), "Входящие");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("ru");
    }

    @Test
    void thePageIsServedWithAPolicyThatRunsOnlyItsOwnScripts() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"/js/app.js\">");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
