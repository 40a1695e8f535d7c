package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DashboardRoutesTest {
    private TestApi api;
    private String admin;

    @BeforeEach
    void aShop() {
        api = new TestApi();
        api.tenantWithUsers("shop");
        admin = api.logIn("shop", "admin");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void withoutARangeTheLast30DaysAreShown_everyDayListed() {
        var dashboard = api.http.as(admin, "GET", "/api/v1/tenants/shop/dashboard", null);

        assertThat(dashboard.status()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(dashboard.body().path("to").asText()).isEqualTo(today.toString());
        assertThat(dashboard.body().path("from").asText()).isEqualTo(today.minusDays(29).toString());
        assertThat(dashboard.body().path("days")).hasSize(30);
        assertThat(dashboard.body().path("time_to_first_answer")).extracting(time -> time.path("responder").asText())
                .containsExactly("bot", "manager");
        assertThat(dashboard.body().path("faq_hit_rate").isNull()).isTrue();
        var platform = api.http.as(api.rootToken(), "GET", "/api/v1/dashboard?from=2026-11-01&to=2026-11-30", null);
        assertThat(platform.status()).isEqualTo(200);
        assertThat(platform.body().path("totals").path("customer_messages").asLong()).isZero();
        assertThat(platform.body().path("totals").has("day")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"from=yesterday, from", "from=2026-11-10&to=2026-11-01, to", "from=2020-01-01&to=2026-01-01, to"})
    void aBadRangeIs422NamingTheParameter(String query, String field) {
        var refused = api.http.as(admin, "GET", "/api/v1/tenants/shop/dashboard?" + query, null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }
}
