package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aggregator.adapter.http.HttpClientForTests.Answer;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;

/**
 * The API with two tenants, each with an admin and a manager, logged in: what the FAQ route tests
 * share. FAQs are seeded and inspected through the stores, so an answer is never checked against
 * the API's own word alone.
 */
final class FaqFixture implements AutoCloseable {
    static final String TENANT = "coffee_shop";
    static final String OTHER_TENANT = "tea_house";

    final TestApi api = new TestApi();
    final String admin;
    final String manager;
    final String otherAdmin;

    FaqFixture() {
        api.tenantWithUsers(TENANT);
        api.tenantWithUsers(OTHER_TENANT);
        admin = api.logIn(TENANT, "admin");
        manager = api.logIn(TENANT, "manager");
        otherAdmin = api.logIn(OTHER_TENANT, "admin");
    }

    static String faqs(String tenant) {
        return "/api/v1/tenants/" + tenant + "/faqs";
    }

    static String faq(String tenant, Object id) {
        return faqs(tenant) + "/" + id;
    }

    Answer as(String token, String method, String path, String body) {
        return api.http.as(token, method, path, body);
    }

    Answer csv(String token, String path, String body) {
        return api.http.send("POST", path, body, Map.of("Authorization", "Bearer " + token,
                "Content-Type", "text/csv"));
    }

    Faq seed(String tenant, String question, int priority, boolean active) {
        Faq faq = new Faq(FaqId.newId(), question, "Answer to " + question, Keywords.parse("seeded, " + question),
                priority, active);
        api.ports.transactions().runInTenant(TenantId.of(tenant), () -> api.ports.faqs().add(faq));
        return faq;
    }

    List<Faq> stored(String tenant) {
        return api.ports.transactions().inTenant(TenantId.of(tenant), () -> api.ports.faqs().listAll());
    }

    /** A problem+json answer with this status, whose errors name exactly these fields. */
    static void assertProblem(Answer answer, int status, String... fields) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("errors").findValuesAsText("field")).as(answer.text())
                .containsExactly(fields);
    }

    static List<String> questions(JsonNode items) {
        return items.findValuesAsText("question");
    }

    @Override
    public void close() {
        api.close();
    }
}
