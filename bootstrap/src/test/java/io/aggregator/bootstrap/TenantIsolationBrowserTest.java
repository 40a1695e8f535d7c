package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.bootstrap.WebTestServer.TestTenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A user of one tenant never sees anything of another: not in the list, not by URL, not live. */
class TenantIsolationBrowserTest extends BrowserTestSupport {

    private static By row(String chatId) {
        return By.cssSelector(".chat-list a.chat-row[data-chat-id='" + chatId + "']");
    }

    private static String pageText() {
        return browser.find(By.tagName("body")).getText();
    }

    @Test
    void aUserOfTenantBSeesNothingOfTenantA() {
        TestTenant a = server.newTenant("Isolation A", List.of());
        TestTenant b = server.newTenant("Isolation B", List.of());
        String secret = server.customerWrites(a, "tg-alice", "Alice Secret", "A private matter of tenant A");
        String own = server.customerWrites(b, "tg-bea", "Bea Own", "A question for tenant B");

        browser.logIn(b.id().value(), b.manager(), WebTestServer.PASSWORD);
        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector(".inbox[data-live=ready]"));
        browser.waitFor(row(own));
        assertThat(browser.findAll(row(secret))).isEmpty();
        assertThat(pageText()).doesNotContain("Alice Secret").doesNotContain("private matter");

        // a message to A while B's inbox is open and listening; B's own message after it shows the
        // events have been through, and A's never came
        server.customerWrites(a, "tg-alice", "Alice Secret", "Another private matter of tenant A");
        String later = server.customerWrites(b, "tg-ben", "Ben Later", "A later question for tenant B");
        browser.waitFor(row(later));
        assertThat(browser.findAll(row(secret))).isEmpty();
        assertThat(pageText()).doesNotContain("Alice Secret").doesNotContain("private matter");

        browser.find(row(own)).click();
        browser.waitForText(By.cssSelector("#conversation h2"), "Bea Own");
        browser.open("inbox/" + secret);
        browser.waitForText(By.cssSelector("#conversation .chat-not-found"), "Chat not found");
        assertThat(browser.findAll(By.cssSelector("#conversation .message"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector("#conversation textarea"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector("#conversation button[data-action]"))).isEmpty();
        assertThat(pageText()).doesNotContain("Alice Secret").doesNotContain("private matter");

        browser.open("inbox/" + UUID.randomUUID());
        browser.waitForText(By.cssSelector("#conversation .chat-not-found"), "Chat not found");
        browser.open("inbox/not-a-chat");
        browser.waitForText(By.cssSelector("#conversation .chat-not-found"), "Chat not found");
    }
}
