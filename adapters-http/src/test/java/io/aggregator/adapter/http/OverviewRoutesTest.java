package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverviewRoutesTest {
    private TestApi api;
    private String root;

    @BeforeEach
    void threeTenantsOfDifferentSizes() {
        api = new TestApi();
        api.tenantWithUsers("bakery");
        api.tenantWithUsers("cafe");
        api.tenantWithUsers("diner");
        chats("cafe", 3);
        chats("diner", 1);
        root = api.rootToken();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private void chats(String tenant, int count) {
        api.ports.transactions().runInTenant(TenantId.of(tenant), () -> {
            for (int i = 0; i < count; i++) {
                api.ports.chats().add(Chat.start(Channel.of("telegram"), "c" + i, Customer.anonymous(),
                        Instant.now()));
            }
        });
    }

    @Test
    void aTenantsAdminReadsItsOwnRow() {
        var row = api.http.as(api.logIn("cafe", "admin"), "GET", "/api/v1/tenants/cafe/overview", null);

        assertThat(row.status()).isEqualTo(200);
        assertThat(row.body().path("tenant_id").asText()).isEqualTo("cafe");
        assertThat(row.body().path("total_chats").asLong()).isEqualTo(3);
        assertThat(row.body().path("total_users").asLong()).isEqualTo(2);
        assertThat(row.body().path("handover_mode").asText()).isEqualTo("ask");
    }

    @Test
    void thePlatformAdminPagesThroughAllTenantsInTheOrderAsked_withTotals() {
        var page = api.http.as(root, "GET", "/api/v1/overview?sort=chats&order=desc&limit=2", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().path("items")).extracting(item -> item.path("tenant_id").asText())
                .containsExactly("cafe", "diner");
        assertThat(page.body().path("total").asLong()).isEqualTo(3);
        assertThat(page.body().path("totals").path("chats").asLong()).isEqualTo(4);
        assertThat(page.body().path("totals").path("users").asLong()).isEqualTo(6);
        var next = api.http.as(root, "GET", "/api/v1/overview?sort=chats&order=desc&limit=2&offset=2", null);
        assertThat(next.body().path("items")).extracting(item -> item.path("tenant_id").asText())
                .containsExactly("bakery");
    }

    @ParameterizedTest
    @CsvSource({"sort=size, sort", "order=up, order", "limit=0, limit", "offset=-1, offset"})
    void badPagingIs422NamingTheParameter(String query, String field) {
        var refused = api.http.as(root, "GET", "/api/v1/overview?" + query, null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }
}
