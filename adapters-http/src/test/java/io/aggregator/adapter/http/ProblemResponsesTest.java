package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aggregator.application.port.out.ConflictException;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.Thresholds;
import io.javalin.Javalin;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each row of the failure-to-status table, over real HTTP. */
class ProblemResponsesTest {
    record Body(String name) {
    }

    private Javalin app;
    private HttpClientForTests http;

    @BeforeEach
    void start() {
        app = Javalin.create(config -> {
            HttpApi.applyConventions(config, HttpApi.objectMapper());
            config.routes.before(CorrelationIds::assign);
            config.routes.get("/tenant/{id}", ctx -> ctx.result(TenantId.of(ctx.pathParam("id")).value()));
            config.routes.get("/thresholds", ctx -> Thresholds.fromMap(Map.of(
                    "escalation_threshold", 1.7, "max_responses", -3)));
            config.routes.get("/conflict", ctx -> {
                throw new ConflictException("username", "this username is taken in the tenant");
            });
            config.routes.post("/body", ctx -> ctx.json(ctx.bodyAsClass(Body.class)));
            config.routes.get("/bug", ctx -> {
                throw new IllegalStateException("secret internals: password=hunter2");
            });
        }).start("localhost", 0);
        http = new HttpClientForTests(app.port());
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private static void assertProblem(HttpClientForTests.Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("status").asInt()).isEqualTo(status);
        assertThat(answer.body().path("title").asText()).isNotBlank();
    }

    @Test
    void aValidationFailureIs422NamingTheField() {
        var answer = http.get("/tenant/Coffee");

        assertProblem(answer, 422);
        assertThat(answer.body().path("type").asText()).isEqualTo("urn:aggregator:problem:invalid-input");
        JsonNode error = answer.body().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("tenant_id");
        assertThat(error.path("message").asText()).contains("'C' at position 1");
        assertThat(answer.body().path("instance").asText()).isEqualTo("/tenant/Coffee");
    }

    @Test
    void everyViolationIsListed() {
        var answer = http.get("/thresholds");

        assertProblem(answer, 422);
        assertThat(answer.body().path("errors")).extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder("thresholds.escalation_threshold", "thresholds.max_responses");
    }

    @Test
    void aConflictIs409() {
        var answer = http.get("/conflict");

        assertProblem(answer, 409);
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("username");
    }

    @Test
    void malformedOrMisshapenJsonIs400SayingWhatIsWrongWithoutClassNames() {
        var truncated = http.send("POST", "/body", "{\"name\": ");
        var misspelt = http.send("POST", "/body", "{\"nmae\": \"x\"}");
        var wrongType = http.send("POST", "/body", "{\"name\": {\"a\": 1}}");

        assertProblem(truncated, 400);
        assertThat(truncated.body().path("detail").asText()).startsWith("the body is not valid JSON");
        assertProblem(misspelt, 400);
        assertThat(misspelt.body().path("detail").asText()).isEqualTo("unknown field 'nmae'");
        assertProblem(wrongType, 400);
        assertThat(wrongType.body().path("detail").asText()).isEqualTo("field 'name' has the wrong type: expected a string");
        assertThat(misspelt.body().toString() + wrongType.body()).doesNotContain("io.aggregator");
        assertThat(http.send("POST", "/body", "{\"name\": \"x\"}").status()).isEqualTo(200);
    }

    @Test
    void jsonTypesAreTakenAsSentNotConverted() {
        var number = http.send("POST", "/body", "{\"name\": 42}");
        var bool = http.send("POST", "/body", "{\"name\": true}");

        assertProblem(number, 400);
        assertThat(number.body().path("detail").asText()).isEqualTo("field 'name' has the wrong type: expected a string");
        assertProblem(bool, 400);
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405() {
        assertProblem(http.get("/nothing/here"), 404);
        assertProblem(http.send("DELETE", "/conflict", null), 405);
    }

    @Test
    void aServerFaultIs500WithoutInternals() {
        var answer = http.get("/bug");

        assertProblem(answer, 500);
        assertThat(answer.body().toString()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
        assertThat(answer.body().path("correlation_id").asText()).isEqualTo(answer.header("X-Request-Id")).isNotBlank();
    }
}
