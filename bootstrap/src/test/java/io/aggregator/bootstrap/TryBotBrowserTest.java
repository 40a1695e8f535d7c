package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aggregator.bootstrap.WebTestServer.TestTenant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** "Try the bot": an admin writes as a customer and watches the bot, and then the managers, answer. */
class TryBotBrowserTest extends BrowserTestSupport {
    private static final By INPUT = By.cssSelector(".try-bot-form textarea[name=text]");
    private static final By MESSAGES = By.cssSelector(".try-bot-log li.try-bot-message");

    private TestTenant loggedInShop(String name) {
        TestTenant shop = server.newTenant(name, List.of(
                List.of("What are your opening hours?", "We open 7am-9pm daily", "hours, opening, open")));
        // deliveries are signed: with a secret they reach the fake n8n and become "sent"
        server.call("POST", server.logIn(shop.id(), shop.admin()), "/api/v1/tenants/" + shop.id() + "/integration/secret",
                "{}");
        browser.logIn(shop.id().value(), shop.admin(), WebTestServer.PASSWORD);
        browser.open("try-bot");
        browser.waitFor(INPUT);
        return shop;
    }

    private static By fromBot(String source) {
        return By.cssSelector(".try-bot-log li[data-author=bot][data-source=" + source + "]");
    }

    private static By mode(String mode) {
        return By.cssSelector(".try-bot-mode[data-mode=" + mode + "]");
    }

    /** The chat the panel shows, from its "open in inbox" link ('#/inbox/<chat id>'). */
    private static String shownChat() {
        String link = browser.waitFor(By.cssSelector("a.try-bot-inbox")).getAttribute("href");
        assertThat(link).contains("#/inbox/");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static JsonNode chat(TestTenant shop, String chatId) {
        return server.call("GET", server.logIn(shop.id(), shop.admin()),
                "/api/v1/tenants/" + shop.id() + "/chats/" + chatId, null);
    }

    @Test
    void anFaqQuestionIsAnsweredFromTheFaqAndTheConversationOutlivesAReload() {
        TestTenant shop = loggedInShop("Try Bot Faq Shop");
        WebElement input = browser.find(INPUT);

        input.sendKeys("When are you open?", Keys.chord(Keys.SHIFT, Keys.ENTER), "I mean the opening hours");
        assertThat(input.getAttribute("value")).isEqualTo("When are you open?\nI mean the opening hours");
        assertThat(browser.findAll(MESSAGES)).isEmpty();
        input.sendKeys(Keys.ENTER);

        WebElement answer = browser.waitForText(fromBot("faq"), "We open 7am-9pm daily");
        assertThat(answer.getText()).contains("FAQ");
        // the delivery changes after the answer is shown, and the panel hears of it
        browser.waitForText(By.cssSelector(".try-bot-log li[data-author=bot] .try-bot-delivery"), "Sent");
        assertThat(browser.find(By.cssSelector(".try-bot-log li[data-author=customer]")).getText())
                .contains("When are you open?\nI mean the opening hours");
        assertThat(browser.findAll(MESSAGES)).extracting(message -> message.getAttribute("data-author"))
                .containsExactly("customer", "bot");
        assertThat(browser.find(mode("bot")).getText()).contains("Bot");
        assertThat(browser.find(INPUT).getAttribute("value")).isEmpty();
        String chatId = shownChat();
        JsonNode chat = chat(shop, chatId);
        assertThat(chat.path("channel").asText()).isEqualTo("web");
        assertThat(chat.path("mode").asText()).isEqualTo("bot");

        browser.driver().navigate().refresh();
        browser.waitForText(fromBot("faq"), "We open 7am-9pm daily");
        assertThat(shownChat()).isEqualTo(chatId);
        assertThat(browser.findAll(MESSAGES)).hasSize(2);
        browser.find(By.cssSelector("a.try-bot-inbox")).click();
        browser.waitFor(By.cssSelector("#navigation a[data-screen=inbox][aria-current=page]"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/inbox/" + chatId);
    }

    @Test
    void withNoFaqAndNoAiTheBotFallsBackAndHandsOverThenAManagersReplyAndGiveBackShowLive() {
        TestTenant shop = loggedInShop("Try Bot Handover Shop");
        browser.find(INPUT).sendKeys("What are your opening hours?", Keys.ENTER);
        browser.waitForText(fromBot("faq"), "We open 7am-9pm daily");

        browser.find(INPUT).sendKeys("Can I bring my dog inside?", Keys.ENTER);

        // no FAQ answers and the tenant has no AI workflow: the fallback, and in handover mode
        // "immediate" the chat goes to a manager at once
        WebElement fallback = browser.waitForText(fromBot("fallback"), "Sorry, I can't answer that right now.");
        assertThat(fallback.getText()).contains("Fallback");
        browser.waitForText(mode("manager"), "Manager");
        assertThat(browser.find(By.cssSelector(".try-bot-mode-hint")).getText()).contains("A manager answers");
        String chatId = shownChat();
        assertThat(chat(shop, chatId).path("mode").asText()).isEqualTo("manager");
        browser.screenshot("try-bot");

        String manager = server.logIn(shop.id(), shop.manager());
        server.call("POST", manager, "/api/v1/tenants/" + shop.id() + "/chats/" + chatId + "/reply",
                "{\"text\":\"Dogs are welcome on the terrace.\"}");
        browser.waitForText(By.cssSelector(".try-bot-log li[data-author=manager]"), "Dogs are welcome on the terrace.");
        server.call("POST", manager, "/api/v1/tenants/" + shop.id() + "/chats/" + chatId + "/give-back", null);
        browser.waitForText(mode("bot"), "Bot");
        assertThat(browser.find(By.cssSelector(".try-bot-mode-hint")).isDisplayed()).isFalse();
        assertThat(browser.findAll(MESSAGES)).extracting(message -> message.getAttribute("data-author"))
                .containsExactly("customer", "bot", "customer", "bot", "manager");
    }
}
