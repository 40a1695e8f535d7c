package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.bootstrap.WebTestServer.TestTenant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The inbox in the browser: live messages, replies and their delivery, the chat actions, the filters. */
class InboxBrowserTest extends BrowserTestSupport {
    private static final List<List<String>> FAQS = List.of(List.of("What are your opening hours?",
            "We are open from 9 to 18 every day.", "hours, opening, open"));
    private static final String FAQ_ANSWER = "We are open from 9 to 18 every day.";

    /** Opens an inbox route on a freshly loaded page and waits until its live stream is connected. */
    private static void openInbox(String route) {
        browser.open(route);
        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector(".inbox[data-live=ready]"));
    }

    private static void logIn(TestTenant shop) {
        browser.logIn(shop.id().value(), shop.manager(), WebTestServer.PASSWORD);
    }

    /**
     * A tenant whose deliveries reach the fake n8n: without a signing secret the server refuses to
     * send them (failed, "the tenant has no signing secret").
     */
    private static TestTenant deliveringTenant(String name) {
        TestTenant shop = server.newTenant(name, FAQS);
        giveSigningSecret(shop);
        return shop;
    }

    private static void giveSigningSecret(TestTenant shop) {
        server.call("POST", server.logIn(shop.id(), shop.admin()), "/api/v1/tenants/" + shop.id()
                + "/integration/secret", "{}");
    }

    private static By row(String chatId) {
        return By.cssSelector(".chat-list a.chat-row[data-chat-id='" + chatId + "']");
    }

    private static By message(String text) {
        return By.xpath("//*[@id='conversation']//li[contains(@class,'message')][p[@class='message-text' and .='"
                + text + "']]");
    }

    private static WebElement waitForMessage(String text) {
        return browser.waitFor(message(text));
    }

    private static String chatMode(TestTenant shop, String chatId) {
        String token = server.logIn(shop.id(), shop.manager());
        return server.call("GET", token, "/api/v1/tenants/" + shop.id() + "/chats/" + chatId, null)
                .path("mode").asText();
    }

    @Test
    void customerMessagesAppearLiveInTheListAndTheOpenChatAndTheTitleCountsTheUnreadOnes() {
        TestTenant shop = server.newTenant("Live Inbox Shop", FAQS);
        String ann = server.customerWrites(shop, "tg-ann", "Ann Lee", "Hello, is anyone there?");
        logIn(shop);
        openInbox("inbox/" + ann);
        browser.waitForText(By.cssSelector("#conversation h2"), "Ann Lee");
        waitForMessage("Hello, is anyone there?");

        server.customerWrites(shop, "tg-ann", "Ann Lee", "I would like to change my booking");
        WebElement live = waitForMessage("I would like to change my booking");
        assertThat(live.getAttribute("data-author")).isEqualTo("customer");
        browser.waitForText(row(ann), "I would like to change my booking");

        String bob = server.customerWrites(shop, "tg-bob", "Bob Stone", "Where is my order?");
        browser.waitForText(row(bob), "Bob Stone");
        assertThat(browser.find(row(bob)).findElement(By.cssSelector(".chat-unread")).getAttribute("data-count"))
                .isEqualTo("1");
        browser.until(driver -> driver.getTitle().equals("(1) Inbox · Aggregator"));
        server.customerWrites(shop, "tg-bob", "Bob Stone", "Hello?");
        browser.until(driver -> driver.getTitle().equals("(2) Inbox · Aggregator"));
        assertThat(browser.findAll(By.cssSelector(".chat-list li")).get(0).getAttribute("data-chat-id"))
                .isEqualTo(bob);
        // the open chat was read as its messages came
        assertThat(browser.find(row(ann)).findElements(By.cssSelector(".chat-unread"))).isEmpty();
        assertThat(browser.findAll(message("Where is my order?"))).isEmpty();
        assertThat(browser.find(row(bob)).findElement(By.cssSelector(".chat-unread")).getAttribute("data-count"))
                .isEqualTo("2");

        browser.find(row(bob)).click();
        browser.waitForText(By.cssSelector("#conversation h2"), "Bob Stone");
        browser.until(driver -> driver.getTitle().equals("Inbox · Aggregator"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/inbox/" + bob);
        browser.driver().navigate().back();
        browser.waitForText(By.cssSelector("#conversation h2"), "Ann Lee");
    }

    @Test
    void anFaqAnswerShowsAsTheBotsAndAManagersReplyIsSentAndTakesTheChatUntilGivenBack() {
        TestTenant shop = deliveringTenant("Reply Shop");
        String carol = server.customerWrites(shop, "tg-carol", "Carol King", "What are your opening hours?");
        logIn(shop);
        openInbox("inbox/" + carol);
        WebElement faq = waitForMessage(FAQ_ANSWER);
        assertThat(faq.getAttribute("data-author")).isEqualTo("bot");
        assertThat(faq.getAttribute("data-source")).isEqualTo("faq");
        assertThat(faq.findElement(By.cssSelector(".message-author")).getText()).isEqualTo("Bot · FAQ");
        assertThat(browser.find(By.cssSelector("#conversation .mode-badge")).getAttribute("data-mode"))
                .isEqualTo("bot");

        WebElement reply = browser.find(By.cssSelector("#conversation textarea[name=text]"));
        reply.sendKeys("Hello Carol,", Keys.chord(Keys.SHIFT, Keys.ENTER), "we open at 9.", Keys.ENTER);

        WebElement sent = browser.waitFor(By.xpath("//*[@id='conversation']//li[@data-author='manager']"
                + "[p[@class='message-text' and .='Hello Carol,\nwe open at 9.']]"));
        assertThat(sent.findElement(By.cssSelector(".message-author")).getText()).isEqualTo("You");
        browser.waitFor(By.cssSelector("#conversation li[data-author=manager] .delivery[data-status=sent]"));
        assertThat(reply.getAttribute("value")).isEmpty();
        browser.waitFor(By.cssSelector("#conversation .mode-badge[data-mode=manager]"));
        browser.waitFor(By.cssSelector(".chat-list a.chat-row[data-chat-id='" + carol + "'] .mode-badge[data-mode=manager]"));
        assertThat(chatMode(shop, carol)).isEqualTo("manager");

        browser.find(By.cssSelector("#conversation button[data-action=give-back]")).click();
        browser.waitFor(By.cssSelector("#conversation .mode-badge[data-mode=bot]"));
        browser.waitFor(By.cssSelector(".chat-list a.chat-row[data-chat-id='" + carol + "'] .mode-badge[data-mode=bot]"));
        assertThat(browser.find(By.cssSelector("#conversation button[data-action=take-over]")).isDisplayed()).isTrue();
        assertThat(chatMode(shop, carol)).isEqualTo("bot");
    }

    @Test
    void hiddenChatsLeaveTheListForTheHiddenFilterAndTheModeFilterAndSearchNarrowIt() {
        TestTenant shop = server.newTenant("Filter Shop", FAQS);
        String dan = server.customerWrites(shop, "tg-dan", "Dan Brown", "My parcel is damaged");
        String eve = server.customerWrites(shop, "tg-eve", "Eve Stone", "What are your opening hours?");
        String fay = server.customerWrites(shop, "tg-fay", "Fay Green", "Do you deliver on Sundays?");
        logIn(shop);
        openInbox("inbox");
        browser.waitFor(row(dan));
        browser.waitFor(row(eve));
        browser.waitFor(row(fay));

        browser.find(row(dan)).click();
        browser.waitForText(By.cssSelector("#conversation h2"), "Dan Brown");
        browser.find(By.cssSelector("#conversation button[data-action=hide]")).click();
        browser.until(ExpectedConditions.invisibilityOfElementLocated(row(dan)));
        browser.waitFor(By.cssSelector("#conversation .hidden-badge"));
        String token = server.logIn(shop.id(), shop.manager());
        assertThat(server.call("GET", token, "/api/v1/tenants/" + shop.id() + "/chats/" + dan, null)
                .path("hidden").asBoolean()).isTrue();

        browser.find(By.cssSelector(".inbox-filters input[name=hidden]")).click();
        browser.waitFor(row(dan));
        assertThat(chatRows()).containsExactly(dan);
        assertThat(browser.driver().getCurrentUrl()).contains("hidden=true");
        browser.find(By.cssSelector(".inbox-filters input[name=hidden]")).click();
        browser.waitFor(row(eve));
        assertThat(chatRows()).containsExactlyInAnyOrder(eve, fay);

        Select mode = new Select(browser.find(By.cssSelector(".inbox-filters select[name=mode]")));
        mode.selectByValue("bot");
        browser.until(ExpectedConditions.invisibilityOfElementLocated(row(fay)));
        assertThat(chatRows()).containsExactly(eve);
        assertThat(browser.find(row(eve)).findElement(By.cssSelector(".mode-badge")).getAttribute("data-mode"))
                .isEqualTo("bot");
        mode.selectByValue("manager");
        browser.waitFor(row(fay));
        assertThat(chatRows()).containsExactly(fay);
        mode.selectByValue("");
        browser.waitFor(row(eve));

        browser.find(By.cssSelector(".inbox-filters input[name=q]")).sendKeys("sundays", Keys.ENTER);
        browser.until(ExpectedConditions.invisibilityOfElementLocated(row(eve)));
        assertThat(chatRows()).containsExactly(fay);
        assertThat(browser.driver().getCurrentUrl()).contains("q=sundays");
    }

    /** The chats the list shows once it has loaded. */
    private static List<String> chatRows() {
        browser.until(driver -> driver.findElements(By.cssSelector(".chat-list[aria-busy]")).isEmpty());
        return browser.findAll(By.cssSelector(".chat-list a.chat-row")).stream()
                .map(link -> link.getAttribute("data-chat-id")).toList();
    }

    @Test
    void longListsAndHistoriesLoadPageByPageAsTheyScrollAndTheArrowKeysMoveBetweenChats() {
        TestTenant shop = server.newTenant("Paging Shop", FAQS);
        String first = null;
        for (int i = 1; i <= 53; i++) {
            String chat = server.customerWrites(shop, "tg-" + i, "Customer " + i, "Message number " + i);
            first = first == null ? chat : first;
        }
        for (int i = 2; i <= 55; i++) {
            server.customerWrites(shop, "tg-1", "Customer 1", "Message number " + i);
        }
        logIn(shop);
        openInbox("inbox");
        browser.waitFor(By.cssSelector(".chat-list-pane .load-more"));
        assertThat(chatRows()).hasSize(50).startsWith(first);
        browser.script("document.querySelector('.chat-list-scroll').scrollTop = 1e6");
        browser.until(driver -> driver.findElements(By.cssSelector(".chat-list a.chat-row")).size() == 53);
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".chat-list-pane .load-more")));

        List<String> rows = chatRows();
        browser.find(row(rows.get(0))).sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.script("return document.activeElement.dataset.chatId")).isEqualTo(rows.get(1));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertThat(browser.script("return document.activeElement.dataset.chatId")).isEqualTo(rows.get(0));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitForText(By.cssSelector("#conversation h2"), "Customer 1");

        waitForMessage("Message number 55");
        browser.until(driver -> driver.findElements(By.cssSelector("#conversation li[data-author=customer]")).size()
                >= 40);
        assertThat(browser.findAll(message("Message number 1"))).isEmpty();
        browser.script("document.querySelector('#conversation .message-scroll').scrollTop = 0");
        WebElement oldest = waitForMessage("Message number 1");
        assertThat(browser.findAll(By.cssSelector("#conversation li.message")).get(0)).isEqualTo(oldest);
    }

    @Test
    void screenshotsOfTheInboxInLightDarkAndOnAPhone() {
        TestTenant shop = server.newTenant("Screenshot Shop", FAQS);
        server.customerWrites(shop, "tg-1", "Ann Lee", "Is the table for four still free tonight?");
        server.customerWrites(shop, "tg-2", "Bob Stone", "What are your opening hours?");
        String carol = server.customerWrites(shop, "tg-3", "Carol King", "What are your opening hours?");
        server.customerWrites(shop, "tg-3", "Carol King", "Thanks! Can I bring my dog?");
        server.call("POST", shop.integrationKey(), "/api/v1/tenants/" + shop.id() + "/messages",
                "{\"channel\":\"telegram\",\"chat_id\":\"tg-3\",\"message_id\":\"photo-1\","
                        + "\"customer\":{\"display_name\":\"Carol King\"},\"text\":\"Here is my dog\","
                        + "\"attachments\":[{\"type\":\"photo\",\"name\":\"rex.jpg\","
                        + "\"reference\":\"https://files.example.com/rex.jpg\",\"size_bytes\":48213}]}");
        // the bot's notices so far could not be delivered (no signing secret yet): they show as failed
        giveSigningSecret(shop);
        logIn(shop);
        openInbox("inbox/" + carol);
        waitForMessage("Here is my dog");
        browser.find(By.cssSelector("#conversation textarea[name=text]"))
                .sendKeys("Dogs are welcome on the terrace.", Keys.ENTER);
        browser.waitFor(By.cssSelector("#conversation li[data-author=manager] .delivery[data-status=sent]"));
        assertThat(browser.find(message("Here is my dog")).findElement(By.cssSelector(".attachment a"))
                .getAttribute("href")).isEqualTo("https://files.example.com/rex.jpg");
        browser.screenshot("inbox");

        browser.find(By.cssSelector(".topbar select[aria-label=Theme] option[value=dark]")).click();
        browser.until(driver -> "dark".equals(browser.script("return document.documentElement.dataset.theme")));
        browser.screenshot("inbox-dark");
        browser.find(By.cssSelector(".topbar select[aria-label=Theme] option[value=light]")).click();

        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            WebElement back = browser.waitFor(By.cssSelector("#conversation > button.back"));
            assertThat(browser.find(By.cssSelector(".chat-list-pane")).isDisplayed()).isFalse();
            browser.screenshot("inbox-phone");
            back.click();
            browser.waitFor(By.cssSelector(".chat-list-pane"));
            assertThat(browser.findAll(By.id("conversation"))).isEmpty();
            assertThat(browser.driver().getCurrentUrl()).endsWith("#/inbox");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
