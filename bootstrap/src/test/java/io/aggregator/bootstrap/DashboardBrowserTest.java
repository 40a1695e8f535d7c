package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aggregator.bootstrap.WebTestServer.TestTenant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The tenant's dashboard and the platform admin's overview of all tenants, in the browser. */
class DashboardBrowserTest extends BrowserTestSupport {
    /** The fields of a day that count messages, by who wrote them: the dashboard's "Messages" tile sums them. */
    private static final List<String> MESSAGE_FIELDS = List.of("customer_messages", "faq_answers", "ai_answers",
            "fallbacks", "manager_messages", "system_messages");
    private static final String OPENING_HOURS = "What are your opening hours?";

    @Test
    void theTenantAdminSeesTheActivityInTilesAndCharts() {
        TestTenant shop = activeShop("Dashboard Shop");
        JsonNode numbers = server.call("GET", server.logIn(shop.id(), shop.admin()),
                "/api/v1/tenants/" + shop.id() + "/dashboard", null);
        List<String> reasons = handoverReasons(numbers);
        assertThat(numbers.path("totals").path("faq_answers").asLong()).as("FAQ answers").isPositive();
        assertThat(reasons).as("handover reasons").hasSize(2);

        browser.logIn(shop.id().value(), shop.admin(), WebTestServer.PASSWORD);
        browser.open("dashboard");

        assertThat(tile("messages")).isEqualTo(String.valueOf(messageCount(numbers.path("totals"))));
        assertThat(tile("customer-messages")).isEqualTo(numbers.path("totals").path("customer_messages").asText());
        assertThat(tile("customer-messages")).isEqualTo("5");
        assertThat(tile("handovers")).isEqualTo(String.valueOf(sum(numbers.path("days"), "handovers")));
        browser.waitForText(By.tagName("h1"), shop.name());

        WebElement messages = chart("messages");
        assertThat(messages.getAccessibleName()).isEqualTo("Messages per day");
        assertThat(messages.findElements(By.cssSelector("g[data-category]"))).hasSize(numbers.path("days").size());
        assertThat(messages.findElements(By.cssSelector("rect.bar"))).hasSize(nonZeroValues(numbers.path("days")));
        WebElement handovers = chart("handovers");
        assertThat(handovers.getAccessibleName()).isEqualTo("Handovers by reason");
        assertThat(handovers.findElements(By.cssSelector("rect.bar"))).hasSize(reasons.size());
        WebElement answerTimes = chart("answer-times");
        assertThat(answerTimes.getAccessibleName()).isEqualTo("Time to the first answer");
        assertThat(answerTimes.findElements(By.cssSelector("g[data-series]"))).hasSize(4);
        assertThat(browser.find(By.cssSelector("table.top-faqs tbody tr th")).getText()).isEqualTo(OPENING_HOURS);
        browser.screenshot("dashboard");

        // the numbers as a table: there for screen readers all along, on screen at the press of a button
        WebElement toggle = browser.find(By.cssSelector("[data-chart=messages] .chart-table-toggle"));
        WebElement table = browser.find(By.cssSelector("[data-chart=messages] .chart-table"));
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(numbers.path("days").size());
        assertThat(table.getSize().getHeight()).isEqualTo(1);
        toggle.click();
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(table.getSize().getHeight()).isGreaterThan(100);

        browser.find(By.cssSelector(".topbar select[aria-label=Theme] option[value=dark]")).click();
        browser.until(driver -> "dark".equals(browser.script("return document.documentElement.dataset.theme")));
        toggle.click();
        browser.script("document.querySelector('[data-section=messages]').scrollIntoView()");
        browser.screenshot("dashboard-dark");
    }

    @Test
    void daysWithFromAfterToShowTheServersErrorAndQuietDaysAnEmptyState() {
        TestTenant shop = server.newTenant("Range Shop", List.of());
        browser.logIn(shop.id().value(), shop.admin(), WebTestServer.PASSWORD);
        browser.open("dashboard?days=7");
        browser.waitFor(By.cssSelector("[data-empty=range]"));
        assertThat(browser.findAll(By.cssSelector(".chart svg"))).isEmpty();
        assertThat(tile("messages")).isEqualTo("0");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        browser.find(By.cssSelector(".range-option[data-range=custom]")).click();
        chooseDates(today, today.minusDays(3));
        WebElement error = browser.waitFor(By.cssSelector(".range-picker [data-field=to] .field-error"));
        assertThat(error.getText()).contains("must not be before from");
        assertThat(browser.find(By.cssSelector(".range-picker input[name=to]")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.driver().getCurrentUrl()).contains("from=" + today).contains("to=" + today.minusDays(3));

        WebElement lastWeek = browser.find(By.cssSelector("[data-empty=range]"));
        chooseDates(today.minusDays(3), today);
        browser.until(ExpectedConditions.stalenessOf(lastWeek));
        assertThat(browser.findAll(By.cssSelector(".range-picker .field-error"))).isEmpty();
        assertThat(browser.waitFor(By.cssSelector("[data-empty=range]")).getText()).contains("Nothing happened");
        assertThat(browser.find(By.cssSelector(".range-shown")).getText()).startsWith("Showing");
    }

    @Test
    void thePlatformAdminSortsTheOverviewByAColumn() {
        activeShop("Sorted Shop");
        String root = platformAdminToken();
        browser.logIn("", WebTestServer.PLATFORM_ADMIN, WebTestServer.PASSWORD);
        browser.until(ExpectedConditions.urlContains("#/overview"));
        browser.waitFor(By.cssSelector("table.overview-table[data-sort='tenant_id asc']"));
        assertThat(header("tenant_id").getAttribute("aria-sort")).isEqualTo("ascending");

        header("messages").findElement(By.cssSelector("button.sort")).click();
        browser.waitFor(By.cssSelector("table.overview-table[data-sort='messages desc']"));
        assertThat(header("messages").getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(header("tenant_id").getAttribute("aria-sort")).isNull();
        assertThat(shownTenants()).isEqualTo(tenantIds(server.call("GET", root,
                "/api/v1/overview?sort=messages&order=desc&limit=25", null)));
        assertThat(shownMessageCounts()).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        header("messages").findElement(By.cssSelector("button.sort")).click();
        browser.waitFor(By.cssSelector("table.overview-table[data-sort='messages asc']"));
        assertThat(header("messages").getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(shownTenants()).isEqualTo(tenantIds(server.call("GET", root,
                "/api/v1/overview?sort=messages&order=asc&limit=25", null)));
        assertThat(shownMessageCounts()).isSorted();
        assertThat(browser.driver().getCurrentUrl()).contains("sort=messages").contains("order=asc");
    }

    @Test
    void thePlatformAdminFindsTheTenantInTheOverviewAndWorksInIt() {
        TestTenant shop = activeShop("Overview Shop");
        String root = platformAdminToken();
        JsonNode row = server.call("GET", root, "/api/v1/tenants/" + shop.id() + "/overview", null);
        browser.logIn("", WebTestServer.PLATFORM_ADMIN, WebTestServer.PASSWORD);
        browser.until(ExpectedConditions.urlContains("#/overview"));

        WebElement shown = rowOf(shop);
        assertThat(shown.findElement(By.cssSelector("[data-column=display_name]")).getText()).startsWith(shop.name());
        assertThat(shown.findElement(By.cssSelector("[data-column=messages]")).getText())
                .isEqualTo(row.path("total_messages").asText());
        JsonNode page = server.call("GET", root, "/api/v1/overview?limit=1", null);
        assertThat(tile("tenants")).isEqualTo(page.path("total").asText());
        WebElement activity = chart("messages");
        assertThat(activity.getAccessibleName()).isEqualTo("Messages per day");
        assertThat(activity.findElements(By.cssSelector("g[data-category]"))).hasSize(30);
        browser.screenshot("overview");

        shown.findElement(By.cssSelector("button.work-in")).click();
        browser.until(ExpectedConditions.urlContains("#/dashboard"));
        browser.waitForText(By.tagName("h1"), shop.name());
        assertThat(browser.find(By.cssSelector(".topbar .tenant-name")).getAttribute("data-tenant"))
                .isEqualTo(shop.id().value());
        assertThat(tile("customer-messages")).isEqualTo("5");
    }

    /**
     * A tenant with some activity today: three customers answered by FAQs, one asking for a person
     * and one whose question no FAQ answers (both handed over), and a manager's reply to the last.
     */
    private static TestTenant activeShop(String name) {
        TestTenant shop = server.newTenant(name, List.of(
                List.of(OPENING_HOURS, "From 9 to 18, every day.", "opening, hours"),
                List.of("Do you deliver?", "Yes, anywhere in town.", "deliver, delivery")));
        server.customerWrites(shop, "chat-1", "Carla", OPENING_HOURS);
        server.customerWrites(shop, "chat-2", "Dmitri", "Do you deliver?");
        server.customerWrites(shop, "chat-2", "Dmitri", OPENING_HOURS);
        server.customerWrites(shop, "chat-3", "Erin", "I want to talk to a human");
        String bicycles = server.customerWrites(shop, "chat-4", "Farid", "Do you repair bicycles?");
        server.call("POST", server.logIn(shop.id(), shop.manager()),
                "/api/v1/tenants/" + shop.id() + "/chats/" + bicycles + "/reply", "{\"text\":\"We do, bring it by.\"}");
        return shop;
    }

    private static String platformAdminToken() {
        return server.call("POST", null, "/api/v1/session", "{\"tenant_id\":null,\"username\":\""
                + WebTestServer.PLATFORM_ADMIN + "\",\"password\":\"" + WebTestServer.PASSWORD + "\"}")
                .path("token").asText();
    }

    /** A tile's value, once the tile is shown. */
    private static String tile(String key) {
        return browser.waitFor(By.cssSelector("[data-tile='" + key + "'] .tile-value")).getText();
    }

    /** A chart's SVG, once drawn. */
    private static WebElement chart(String name) {
        return browser.waitFor(By.cssSelector("[data-chart='" + name + "'] svg"));
    }

    private static WebElement header(String column) {
        return browser.find(By.cssSelector("table.overview-table thead th[data-column='" + column + "']"));
    }

    /** Types dates into the custom range (date inputs take their value from script alike in every locale) and shows them. */
    private static void chooseDates(LocalDate from, LocalDate to) {
        browser.script("arguments[0].value = arguments[2]; arguments[1].value = arguments[3];",
                browser.waitFor(By.cssSelector(".range-picker input[name=from]")),
                browser.find(By.cssSelector(".range-picker input[name=to]")), from.toString(), to.toString());
        browser.find(By.cssSelector(".range-picker button[type=submit]")).click();
    }

    /** The tenant's row of the overview, paging forward (in the default order) until it shows. */
    private static WebElement rowOf(TestTenant tenant) {
        By row = By.cssSelector("table.overview-table tbody tr[data-tenant='" + tenant.id() + "']");
        String offset = browser.waitFor(By.cssSelector("table.overview-table[data-offset]")).getAttribute("data-offset");
        while (browser.findAll(row).isEmpty()) {
            WebElement next = browser.find(By.cssSelector(".overview-paging [data-page=next]"));
            assertThat(next.isEnabled()).as("a next page while " + tenant.id() + " is not shown").isTrue();
            next.click();
            String before = offset;
            browser.until(driver -> !before.equals(browser.find(By.cssSelector("table.overview-table"))
                    .getAttribute("data-offset")));
            offset = browser.find(By.cssSelector("table.overview-table")).getAttribute("data-offset");
        }
        return browser.find(row);
    }

    private static List<String> shownTenants() {
        return browser.findAll(By.cssSelector("table.overview-table tbody tr[data-tenant]")).stream()
                .map(row -> row.getAttribute("data-tenant")).toList();
    }

    private static List<Long> shownMessageCounts() {
        return browser.findAll(By.cssSelector("table.overview-table tbody td[data-column=messages]")).stream()
                .map(cell -> Long.parseLong(cell.getText().replace(",", ""))).toList();
    }

    private static List<String> tenantIds(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .map(item -> item.path("tenant_id").asText()).toList();
    }

    private static long messageCount(JsonNode totals) {
        return MESSAGE_FIELDS.stream().mapToLong(field -> totals.path(field).asLong()).sum();
    }

    private static long sum(JsonNode days, String field) {
        return StreamSupport.stream(days.spliterator(), false).mapToLong(day -> day.path(field).asLong()).sum();
    }

    /** How many bars the messages chart draws: one per day and writer with any messages. */
    private static int nonZeroValues(JsonNode days) {
        int bars = 0;
        for (JsonNode day : days) {
            bars += (int) MESSAGE_FIELDS.stream().filter(field -> day.path(field).asLong() > 0).count();
        }
        return bars;
    }

    /** The reasons chats were handed over for, over all days. */
    private static List<String> handoverReasons(JsonNode dashboard) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode day : dashboard.path("days")) {
            day.path("handovers_by_reason").fieldNames().forEachRemaining(reason -> {
                if (!reasons.contains(reason)) {
                    reasons.add(reason);
                }
            });
        }
        return reasons;
    }
}
