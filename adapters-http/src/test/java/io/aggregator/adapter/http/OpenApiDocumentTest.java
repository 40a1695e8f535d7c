package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The served document and the declared routes describe the same API, both ways. */
class OpenApiDocumentTest {
    private static final TestApi API = new TestApi();
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** Probes live outside the API's route declarations but are documented. */
    private static final Set<String> PROBES = Set.of("GET /health", "GET /ready");

    @AfterAll
    static void stop() {
        API.close();
    }

    private static JsonNode document() {
        var answer = API.http.get("/api/v1/openapi.json");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private static Set<String> documented() {
        Set<String> operations = new TreeSet<>();
        document().path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> {
                    if (HTTP_METHODS.contains(method)) {
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return operations;
    }

    private static Set<String> declared() {
        Set<String> operations = new TreeSet<>(PROBES);
        API.api.routes().forEach(route -> operations.add(route.method() + " " + route.path()));
        return operations;
    }

    @Test
    void everyDeclaredRouteIsDocumented() {
        Set<String> missing = new TreeSet<>(declared());
        missing.removeAll(documented());

        assertThat(missing).as("routes missing from the OpenAPI document").isEmpty();
    }

    @Test
    void everyDocumentedRouteExists() {
        Set<String> invented = new TreeSet<>(documented());
        invented.removeAll(declared());

        assertThat(invented).as("documented routes that do not exist").isEmpty();
    }

    @Test
    void theDocumentIsOpenApi3AndEveryReferenceResolves() {
        JsonNode document = document();
        assertThat(document.path("openapi").asText()).startsWith("3.");
        Set<String> references = new HashSet<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            JsonNode target = document.at(reference.substring(1));
            assertThat(target.isMissingNode()).as("reference %s resolves", reference).isFalse();
        });
    }

    private static void collectReferences(JsonNode node, Set<String> references) {
        if (node.has("$ref")) {
            references.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }
}
