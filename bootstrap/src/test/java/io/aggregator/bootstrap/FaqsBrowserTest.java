package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aggregator.bootstrap.WebTestServer.TestTenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The FAQ screen: the table, the editor, switching an FAQ off, import, and "try a question". */
class FaqsBrowserTest extends BrowserTestSupport {
    private static final List<List<String>> COFFEE_SHOP_FAQS = List.of(
            List.of("What are your opening hours?", "We open 7am-9pm daily", "hours, opening, open"),
            List.of("Do you have vegan milk?", "Yes: oat, soy and almond", "vegan, milk, oat"));

    @TempDir
    Path files;

    private TestTenant loggedInShop(String name) {
        TestTenant shop = server.newTenant(name, COFFEE_SHOP_FAQS);
        browser.logIn(shop.id().value(), shop.admin(), WebTestServer.PASSWORD);
        browser.open("faqs");
        browser.waitFor(By.cssSelector(".faq-table tbody tr"));
        return shop;
    }

    /** Every FAQ the API lists for the tenant, in its order. */
    private static List<JsonNode> storedFaqs(TestTenant shop) {
        JsonNode page = server.call("GET", server.logIn(shop.id(), shop.admin()),
                "/api/v1/tenants/" + shop.id() + "/faqs?limit=200", null);
        List<JsonNode> faqs = new ArrayList<>();
        page.path("items").forEach(faqs::add);
        return faqs;
    }

    private static JsonNode storedFaq(TestTenant shop, String question) {
        return storedFaqs(shop).stream().filter(faq -> faq.path("question").asText().equals(question)).findFirst()
                .orElseThrow(() -> new AssertionError("no FAQ " + question));
    }

    private static By row(String faqId) {
        return By.cssSelector(".faq-table tr[data-faq-id='" + faqId + "']");
    }

    private static void type(WebElement control, String text) {
        control.clear();
        control.sendKeys(text);
    }

    @Test
    void anAdminCreatesAnFaqThenEditsItAndSwitchesItOff() {
        TestTenant shop = loggedInShop("Faq Editing Shop");

        browser.find(By.cssSelector("button.faq-new")).click();
        WebElement editor = browser.waitFor(By.cssSelector("dialog.faq-editor"));
        type(editor.findElement(By.name("question")), "Do you have Wi-Fi?");
        type(editor.findElement(By.name("answer")), "Yes, the password is on your receipt.");
        type(editor.findElement(By.name("keywords")), "wifi, internet,  wifi ");
        type(editor.findElement(By.name("priority")), "5");
        editor.findElement(By.cssSelector("button[type=submit]")).click();
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.faq-editor")));

        JsonNode created = storedFaq(shop, "Do you have Wi-Fi?");
        assertThat(created.path("answer").asText()).isEqualTo("Yes, the password is on your receipt.");
        assertThat(created.path("keywords").toString()).isEqualTo("[\"wifi\",\"internet\"]");
        assertThat(created.path("priority").asInt()).isEqualTo(5);
        assertThat(created.path("active").asBoolean()).isTrue();
        String id = created.path("id").asText();
        WebElement shown = browser.waitForText(row(id), "Do you have Wi-Fi?");
        assertThat(shown.findElement(By.cssSelector(".faq-priority")).getText()).isEqualTo("5");
        assertThat(shown.findElement(By.cssSelector(".faq-keywords")).getText()).contains("wifi").contains("internet");
        // the API orders by priority: 5 comes before the seeded 2 and 1
        assertThat(browser.findAll(By.cssSelector(".faq-table tbody tr")).get(0).getAttribute("data-faq-id"))
                .isEqualTo(id);
        browser.screenshot("faqs");

        browser.find(row(id)).findElement(By.cssSelector("button[data-action=edit]")).click();
        editor = browser.waitFor(By.cssSelector("dialog.faq-editor"));
        assertThat(editor.findElement(By.name("question")).getAttribute("value")).isEqualTo("Do you have Wi-Fi?");
        type(editor.findElement(By.name("answer")), "Yes: the network is CoffeeGuest.");
        editor.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(row(id), "Yes: the network is CoffeeGuest.");
        assertThat(storedFaq(shop, "Do you have Wi-Fi?").path("answer").asText())
                .isEqualTo("Yes: the network is CoffeeGuest.");

        browser.find(row(id)).findElement(By.cssSelector("input[role=switch]")).click();
        browser.until(driver -> !storedFaq(shop, "Do you have Wi-Fi?").path("active").asBoolean());
        browser.until(driver -> !driver.findElement(row(id)).findElement(By.cssSelector("input[role=switch]"))
                .isSelected());

        new Select(browser.find(By.cssSelector(".faq-search select[name=active]"))).selectByValue("inactive");
        browser.until(driver -> driver.findElements(By.cssSelector(".faq-table tbody tr")).size() == 1);
        assertThat(browser.find(By.cssSelector(".faq-table tbody tr")).getAttribute("data-faq-id")).isEqualTo(id);
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/faqs?active=inactive");

        browser.find(row(id)).findElement(By.cssSelector("button[data-action=delete]")).click();
        browser.waitFor(By.cssSelector("dialog.confirm button[value=confirm]")).click();
        browser.until(ExpectedConditions.invisibilityOfElementLocated(row(id)));
        assertThat(storedFaqs(shop)).extracting(faq -> faq.path("id").asText()).doesNotContain(id).hasSize(2);
        assertThat(browser.find(By.cssSelector(".faq-list .empty")).getText()).isEqualTo("No FAQs match this search.");
    }

    @Test
    void anFaqWithoutAQuestionIsRefusedAtTheQuestionField() {
        TestTenant shop = loggedInShop("Faq Refusal Shop");

        browser.find(By.cssSelector("button.faq-new")).click();
        WebElement editor = browser.waitFor(By.cssSelector("dialog.faq-editor"));
        type(editor.findElement(By.name("answer")), "An answer to nothing");
        editor.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement error = browser.waitFor(By.cssSelector("dialog.faq-editor .field[data-field=question] .field-error"));
        assertThat(error.getText()).isNotBlank();
        WebElement question = editor.findElement(By.name("question"));
        assertThat(question.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(question.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(question);
        assertThat(storedFaqs(shop)).hasSize(2);
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndNamesTheRowThenAGoodFileIsImported() throws IOException {
        TestTenant shop = loggedInShop("Faq Import Shop");

        browser.find(By.name("content")).sendKeys("""
                [{"question": "Do you deliver?", "answer": "Within 3 km", "keywords": ["delivery"]},
                 {"question": " ", "answer": "Nobody asked"},
                 {"question": "Can I pay by card?", "answer": "Yes", "priority": 3}]""");
        browser.find(By.cssSelector(".faq-import button[type=submit]")).click();

        WebElement bad = browser.waitFor(By.cssSelector(".faq-import-errors li[data-row='2'][data-field=question]"));
        assertThat(bad.getText()).startsWith("Row 2");
        assertThat(browser.find(By.cssSelector(".faq-import-errors")).getText()).contains("Nothing was imported");
        assertThat(browser.findAll(By.cssSelector(".faq-import-errors li"))).hasSize(1);
        assertThat(storedFaqs(shop)).hasSize(2);
        browser.screenshot("faq-import-errors");

        Path csv = files.resolve("faqs.csv");
        Files.writeString(csv, "question,answer,keywords,priority,active\r\n"
                + "Do you deliver?,Within 3 km,\"delivery, courier\",4,true\r\n"
                + "Can I pay by card?,\"Yes, and by phone\",card,3,false\r\n", StandardCharsets.UTF_8);
        browser.find(By.name("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.until(driver -> driver.findElement(By.name("content")).getAttribute("value").startsWith("question,"));
        assertThat(new Select(browser.find(By.name("format"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("csv");
        browser.find(By.cssSelector(".faq-import button[type=submit]")).click();

        browser.waitForText(By.cssSelector(".faq-import-done"), "Imported 2 FAQs.");
        assertThat(browser.findAll(By.cssSelector(".faq-import-errors"))).isEmpty();
        assertThat(storedFaqs(shop)).extracting(faq -> faq.path("question").asText()).containsExactly(
                "Do you deliver?", "Can I pay by card?", "What are your opening hours?", "Do you have vegan milk?");
        assertThat(storedFaq(shop, "Can I pay by card?").path("active").asBoolean()).isFalse();
        browser.waitForText(row(storedFaq(shop, "Do you deliver?").path("id").asText()), "Within 3 km");
    }

    @Test
    void tryingAQuestionShowsTheFaqThatWouldAnswerWithItsScore() {
        TestTenant shop = loggedInShop("Faq Try Shop");
        String question = "When are you open? Opening hours please";
        JsonNode expected = server.call("POST", server.logIn(shop.id(), shop.admin()),
                "/api/v1/tenants/" + shop.id() + "/faqs/test", "{\"question\":\"" + question + "\"}");
        String hours = storedFaq(shop, "What are your opening hours?").path("id").asText();

        browser.find(By.cssSelector(".faq-try input[name=question]")).sendKeys(question);
        browser.find(By.cssSelector(".faq-try button[type=submit]")).click();

        WebElement verdict = browser.waitFor(By.cssSelector(".faq-verdict-answered"));
        assertThat(verdict.getAttribute("data-faq-id")).isEqualTo(hours);
        assertThat(verdict.getText()).contains("What are your opening hours?").contains("We open 7am-9pm daily");
        String score = String.format(Locale.UK, "%.2f", expected.path("answered_by").path("score").asDouble());
        assertThat(verdict.getText()).contains("Score: " + score);
        assertThat(browser.find(By.cssSelector(".faq-candidates tr.faq-answering")).getAttribute("data-faq-id"))
                .isEqualTo(hours);
        assertThat(browser.find(By.cssSelector(".faq-candidates tr.faq-answering .faq-score")).getText())
                .isEqualTo(score);
        assertThat(browser.find(By.cssSelector(".faq-min-score")).getText()).contains(
                String.format(Locale.UK, "%.2f", expected.path("min_score").asDouble()));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", verdict);
        browser.screenshot("faq-try");

        WebElement input = browser.find(By.cssSelector(".faq-try input[name=question]"));
        type(input, "Do you sell bicycles?");
        browser.find(By.cssSelector(".faq-try button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".faq-verdict-none"), "No FAQ would answer; the question goes to the AI.");
        assertThat(browser.findAll(By.cssSelector(".faq-verdict-answered"))).isEmpty();
    }
}
