package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What a refused request must look like: its status, as problem+json, naming the field at fault. */
final class Refusals {
    private Refusals() {
    }

    /**
     * {@code field} is null when no field is to blame (malformed JSON, access). A 400 names the field
     * in its detail (the body could not be read into fields); a 409 or 422 lists it in {@code errors}.
     */
    static void assertRefused(HttpClientForTests.Answer answer, int status, String field) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("status").asInt()).isEqualTo(status);
        if (field == null) {
            return;
        }
        if (status == 400) {
            assertThat(answer.body().path("detail").asText()).contains("'" + field + "'");
        } else {
            List<String> fields = new ArrayList<>();
            for (JsonNode error : answer.body().path("errors")) {
                fields.add(error.path("field").asText());
            }
            assertThat(fields).as("fields named by %s", answer.body()).contains(field);
        }
    }
}
