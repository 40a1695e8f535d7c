package io.aggregator.bootstrap;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Steps the administration screens' browser tests share: filling fields, confirming, reading errors. */
final class AdminScreens {
    private AdminScreens() {
    }

    /** Replaces what a text or number field holds, once it is visible. */
    static void type(Browser browser, By field, String text) {
        WebElement element = browser.waitFor(field);
        element.clear();
        element.sendKeys(text);
    }

    static void choose(Browser browser, By select, String value) {
        new Select(browser.waitFor(select)).selectByValue(value);
    }

    /** Answers the page's confirmation dialog with its confirm button and waits for it to close. */
    static void confirm(Browser browser) {
        browser.waitFor(By.cssSelector("dialog.confirm button[value=confirm]")).click();
        browser.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog.confirm"), 0));
    }

    static void cancel(Browser browser) {
        browser.waitFor(By.cssSelector("dialog.confirm button[value=cancel]")).click();
        browser.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog.confirm"), 0));
    }

    /** Waits for a notice in the page's status area that says the text. */
    static void noticeSays(Browser browser, String text) {
        browser.until(driver -> driver.findElements(By.cssSelector("#notices .notice")).stream()
                .anyMatch(notice -> notice.getText().contains(text)));
    }

    /** The error the server gave for a field, shown under the field named so; waits for it. */
    static WebElement fieldError(Browser browser, String form, String name) {
        return browser.waitFor(By.cssSelector(form + " [data-field='" + name + "'] .field-error"));
    }

    /** The control named so in the form. */
    static WebElement control(Browser browser, String form, String name) {
        return browser.find(By.cssSelector(form + " [name='" + name + "']"));
    }

    /** A session token of the platform admin, for checking through the API. */
    static String platformAdminToken(WebTestServer server) {
        return server.call("POST", null, "/api/v1/session", "{\"tenant_id\":null,\"username\":\""
                + WebTestServer.PLATFORM_ADMIN + "\",\"password\":\"" + WebTestServer.PASSWORD + "\"}")
                .path("token").asText();
    }

    /**
     * The tenant's row on the Tenants screen, loading further pages while it is not among those loaded
     * (the directory pages by id, so a tenant may be on a later page).
     */
    static WebElement tenantRow(Browser browser, String tenantId) {
        By row = By.cssSelector("tr[data-tenant-id='" + tenantId + "']");
        return browser.until(driver -> {
            List<WebElement> rows = driver.findElements(row);
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            try {
                driver.findElements(By.cssSelector("button[data-action=load-more]:enabled"))
                        .forEach(WebElement::click);
            } catch (StaleElementReferenceException replacedMeanwhile) {
                // the next page arrived between finding the button and clicking it: look again
            }
            return null;
        });
    }
}
