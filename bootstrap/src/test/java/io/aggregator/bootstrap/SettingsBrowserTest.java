package io.aggregator.bootstrap;

import static io.aggregator.bootstrap.AdminScreens.confirm;
import static io.aggregator.bootstrap.AdminScreens.control;
import static io.aggregator.bootstrap.AdminScreens.fieldError;
import static io.aggregator.bootstrap.AdminScreens.noticeSays;
import static io.aggregator.bootstrap.AdminScreens.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.aggregator.bootstrap.WebTestServer.TestTenant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The AI settings screen: the bot's settings, the n8n connection and its secret, integration keys. */
class SettingsBrowserTest extends BrowserTestSupport {
    private static final String SETTINGS_FORM = "#settings-form";
    private static final String INTEGRATION_FORM = "#integration-form";

    @Test
    void aTenantAdminSavesTheSettingsAndKeepsThresholdsTheFormDoesNotShow() {
        TestTenant shop = server.newTenant("Settings Shop", List.of());
        String token = server.logIn(shop.id(), shop.admin());
        server.call("PATCH", token, settingsPath(shop), "{\"thresholds\":{\"tone\":\"friendly\"}}");
        openSettingsAs(shop);
        browser.screenshot("settings");

        type(browser, By.name("system_message"), "You are the friendly voice of the shop.");
        browser.find(By.cssSelector("input[name=handover_mode][value=ask]")).click();
        AdminScreens.choose(browser, By.name("language"), "de");
        type(browser, By.name("thresholds.response_timeout"), "45");
        type(browser, By.name("thresholds.max_responses"), "5");
        type(browser, By.name("thresholds.escalation_threshold"), "0.6");
        type(browser, By.name("thresholds.faq_min_score"), "0.5");
        type(browser, By.name("thresholds.reactivate_after_minutes"), "0");
        control(browser, SETTINGS_FORM, "thresholds.handover_on_attachment").click();
        browser.find(By.cssSelector(SETTINGS_FORM + " button[type=submit]")).click();
        noticeSays(browser, "Saved");

        JsonNode saved = server.call("GET", token, settingsPath(shop), null);
        assertThat(saved.path("system_message").asText()).isEqualTo("You are the friendly voice of the shop.");
        assertThat(saved.path("handover_mode").asText()).isEqualTo("ask");
        assertThat(saved.path("language").asText()).isEqualTo("de");
        JsonNode thresholds = saved.path("thresholds");
        assertThat(thresholds.path("response_timeout").asInt()).isEqualTo(45);
        assertThat(thresholds.path("max_responses").asInt()).isEqualTo(5);
        assertThat(thresholds.path("escalation_threshold").asDouble()).isEqualTo(0.6);
        assertThat(thresholds.path("faq_min_score").asDouble()).isEqualTo(0.5);
        assertThat(thresholds.path("reactivate_after_minutes").asInt()).isZero();
        assertThat(thresholds.path("handover_on_attachment").asBoolean(true)).isFalse();
        assertThat(thresholds.path("tone").asText()).isEqualTo("friendly");
        assertThat(browser.find(By.cssSelector(".other-thresholds dl")).getText()).contains("tone");

        browser.driver().navigate().refresh();
        waitForSettingsLoaded("You are the friendly voice of the shop.");
        assertThat(control(browser, SETTINGS_FORM, "thresholds.max_responses").getAttribute("value")).isEqualTo("5");
        assertThat(browser.find(By.cssSelector("input[name=handover_mode][value=ask]")).isSelected()).isTrue();
    }

    @Test
    void thresholdsOutOfRangeAreRefusedAtTheirFieldsAndNothingIsSaved() {
        TestTenant shop = server.newTenant("Threshold Shop", List.of());
        openSettingsAs(shop);

        type(browser, By.name("system_message"), "This must not be saved.");
        type(browser, By.name("thresholds.max_responses"), "0");
        type(browser, By.name("thresholds.escalation_threshold"), "2");
        browser.find(By.cssSelector(SETTINGS_FORM + " button[type=submit]")).click();

        assertThat(fieldError(browser, SETTINGS_FORM, "thresholds.max_responses").getText())
                .contains("between 1 and 1000");
        assertThat(fieldError(browser, SETTINGS_FORM, "thresholds.escalation_threshold").getText())
                .contains("between 0 and 1");
        WebElement maxResponses = control(browser, SETTINGS_FORM, "thresholds.max_responses");
        assertThat(maxResponses.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(maxResponses.getAttribute("aria-describedby")).contains(
                fieldError(browser, SETTINGS_FORM, "thresholds.max_responses").getAttribute("id"));
        assertThat(control(browser, SETTINGS_FORM, "thresholds.escalation_threshold").getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(control(browser, SETTINGS_FORM, "system_message").getAttribute("aria-invalid")).isNull();
        browser.script("arguments[0].scrollIntoView({block: 'center'})", maxResponses);
        browser.screenshot("settings-errors");

        JsonNode stored = server.call("GET", server.logIn(shop.id(), shop.admin()), settingsPath(shop), null);
        assertThat(stored.path("system_message").asText()).isEqualTo("You answer for Threshold Shop.");
        assertThat(stored.path("thresholds").has("max_responses")).isFalse();
        assertThat(stored.path("thresholds").has("escalation_threshold")).isFalse();
    }

    @Test
    void aWebhookUrlTheServerRefusesIsShownAtItsField() {
        TestTenant shop = server.newTenant("Webhook Shop", List.of());
        openSettingsAs(shop);
        browser.until(driver -> !control(browser, INTEGRATION_FORM, "delivery_webhook_url").getAttribute("value")
                .isEmpty());

        type(browser, By.name("ai_webhook_url"), "ftp://example.com/hook");
        browser.find(By.cssSelector(INTEGRATION_FORM + " button[type=submit]")).click();

        assertThat(fieldError(browser, INTEGRATION_FORM, "ai_webhook_url").getText()).contains("http://");
        assertThat(control(browser, INTEGRATION_FORM, "ai_webhook_url").getAttribute("aria-invalid"))
                .isEqualTo("true");
        JsonNode stored = server.call("GET", server.logIn(shop.id(), shop.admin()), integrationPath(shop), null);
        assertThat(stored.path("ai_webhook_url").isNull()).isTrue();

        String aiUrl = server.n8n().url("/" + shop.id() + "/ai").toString();
        type(browser, By.name("ai_webhook_url"), aiUrl);
        type(browser, By.name("history_messages"), "20");
        browser.find(By.cssSelector(INTEGRATION_FORM + " button[type=submit]")).click();
        noticeSays(browser, "Saved");
        browser.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(INTEGRATION_FORM + " .field-error"), 0));
        JsonNode saved = server.call("GET", server.logIn(shop.id(), shop.admin()), integrationPath(shop), null);
        assertThat(saved.path("ai_webhook_url").asText()).isEqualTo(aiUrl);
        assertThat(saved.path("history_messages").asInt()).isEqualTo(20);
    }

    @Test
    void rotatingTheSigningSecretShowsItOnce() {
        TestTenant shop = server.newTenant("Secret Shop", List.of());
        openSettingsAs(shop);

        browser.waitFor(By.cssSelector("#secret-form button[type=submit]")).click();
        confirm(browser);

        WebElement secretBox = browser.waitFor(By.cssSelector("[data-secret=signing-secret]"));
        String secret = secretBox.getAttribute("value");
        assertThat(secret).startsWith("whsec_");
        assertThat(secretBox.getAttribute("readonly")).isNotNull();
        assertThat(browser.find(By.cssSelector(".secret-box .secret-note")).getText()).contains("Shown only now");
        browser.waitFor(By.cssSelector(".secret-status[data-secret-set=true]"));
        assertThat(server.call("GET", server.logIn(shop.id(), shop.admin()), integrationPath(shop), null)
                .path("secret_set").asBoolean()).isTrue();

        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector(".secret-status[data-secret-set=true]"));
        assertThat(browser.findAll(By.cssSelector("[data-secret]"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);
    }

    @Test
    void aNewIntegrationKeyIsShownOnceWorksAndOnceRevokedIsRefused() {
        TestTenant shop = server.newTenant("Key Shop", List.of());
        openSettingsAs(shop);

        type(browser, By.cssSelector("#key-form input[name=name]"), "Test connector");
        browser.find(By.cssSelector("#key-form button[type=submit]")).click();
        String key = browser.waitFor(By.cssSelector("[data-secret=integration-key]")).getAttribute("value");
        assertThat(key).startsWith("k." + shop.id() + ".");
        browser.screenshot("settings-key");
        TestTenant withNewKey = new TestTenant(shop.id(), shop.name(), shop.admin(), shop.manager(), key);
        assertThat(server.customerWrites(withNewKey, "key-chat", "Kim", "Hello")).isNotBlank();

        String token = server.logIn(shop.id(), shop.admin());
        String keyId = keyNamed(token, shop, "Test connector").path("id").asText();
        By row = By.cssSelector("tr[data-key-id='" + keyId + "']");
        assertThat(key).startsWith(browser.waitFor(row).findElement(By.tagName("code")).getText());
        browser.find(By.cssSelector("tr[data-key-id='" + keyId + "'] button[data-action=revoke]")).click();
        confirm(browser);

        browser.waitFor(By.cssSelector("tr[data-key-id='" + keyId + "'][data-revoked=true]"));
        assertThat(browser.find(row).getText()).contains("Revoked");
        assertThat(browser.findAll(By.cssSelector("tr[data-key-id='" + keyId + "'] button[data-action=revoke]")))
                .isEmpty();
        assertThat(keyNamed(token, shop, "Test connector").path("revoked_at").isNull()).isFalse();
        assertThatThrownBy(() -> server.customerWrites(withNewKey, "key-chat", "Kim", "Still there?"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("401");

        browser.driver().navigate().refresh();
        browser.waitFor(row);
        assertThat(browser.findAll(By.cssSelector("[data-secret]"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(key);
    }

    /** A delivery the tenant's n8n refused fails at once; once n8n takes it, a retry from the page sends it. */
    @Test
    void aDeliveryRefusedByN8nIsSentWhenTheAdminRetriesIt() throws InterruptedException {
        TestTenant shop = server.newTenant("Outbox Shop", List.of(List.of("When do you close?", "We close at nine.",
                "close")));
        server.n8n().script(shop.deliveries(), FakeN8n.Response.json(400, "{\"error\":\"unknown chat\"}"));
        server.customerWrites(shop, "outbox-chat", "Olga", "When do you close?");
        String token = server.logIn(shop.id(), shop.admin());
        String failedPath = "/api/v1/tenants/" + shop.id() + "/outbox/failed";
        browser.until(driver -> server.call("GET", token, failedPath, null).path("items").size() == 1);
        String entryId = server.call("GET", token, failedPath, null).path("items").get(0).path("id").asText();
        assertThat(server.n8n().next(shop.deliveries()).header("webhook-id")).isEqualTo(entryId);
        openSettingsAs(shop);

        By row = By.cssSelector("tr[data-entry-id='" + entryId + "']");
        assertThat(browser.waitFor(row).getText()).contains("Delivery").contains("400");
        browser.find(By.cssSelector("tr[data-entry-id='" + entryId + "'] button[data-action=retry]")).click();

        browser.waitForText(row, "Queued again");
        browser.until(driver -> server.call("GET", token, failedPath, null).path("items").isEmpty());
        assertThat(server.n8n().next(shop.deliveries()).header("webhook-id")).isEqualTo(entryId);
    }

    private static void openSettingsAs(TestTenant shop) {
        browser.logIn(shop.id().value(), shop.admin(), WebTestServer.PASSWORD);
        browser.open("settings");
        waitForSettingsLoaded("You answer for " + shop.name() + ".");
    }

    private static void waitForSettingsLoaded(String systemMessage) {
        browser.until(driver -> systemMessage.equals(
                driver.findElements(By.name("system_message")).stream().findFirst()
                        .map(element -> element.getAttribute("value")).orElse(null)));
    }

    private static JsonNode keyNamed(String token, TestTenant shop, String name) {
        JsonNode keys = server.call("GET", token, "/api/v1/tenants/" + shop.id() + "/integration-keys", null)
                .path("items");
        return StreamSupport.stream(keys.spliterator(), false)
                .filter(key -> key.path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    private static String settingsPath(TestTenant shop) {
        return "/api/v1/tenants/" + shop.id() + "/settings";
    }

    private static String integrationPath(TestTenant shop) {
        return "/api/v1/tenants/" + shop.id() + "/integration";
    }
}
