package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document against the routes the server declares, both ways. */
class OpenApiDocumentTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z_]+)}");

    private static TestApi api;
    private static JsonNode document;

    @BeforeAll
    static void serve() {
        api = new TestApi();
        document = api.http.get("/api/v1/openapi.json").body();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode operation(ApiRoute route) {
        return document.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
    }

    @Test
    void everyDeclaredRouteIsDocumented() {
        assertThat(api.api.routes()).allSatisfy(route ->
                assertThat(operation(route).isObject()).as("%s %s is documented", route.method(), route.path()).isTrue());
    }

    @Test
    void everyDocumentedOperationIsARoute() {
        Set<String> declared = new HashSet<>();
        api.api.routes().forEach(route -> declared.add(route.method().toLowerCase(Locale.ROOT) + " " + route.path()));
        List<String> documented = new ArrayList<>();
        document.path("paths").properties().stream()
                .filter(path -> path.getKey().startsWith("/api/"))
                .forEach(path -> path.getValue().properties().stream().map(Map.Entry::getKey).filter(METHODS::contains)
                        .forEach(method -> documented.add(method + " " + path.getKey())));

        assertThat(declared).containsAll(documented);
    }

    @Test
    void everyPathParameterOfARouteIsDescribed() {
        assertThat(api.api.routes()).allSatisfy(route -> {
            Set<String> described = new HashSet<>();
            JsonNode pathItem = document.path("paths").path(route.path());
            for (JsonNode parameters : List.of(pathItem.path("parameters"), operation(route).path("parameters"))) {
                parameters.forEach(parameter -> described.add(resolve(parameter).path("name").asText()));
            }
            Matcher names = PATH_PARAMETER.matcher(route.path());
            while (names.find()) {
                assertThat(described).as("parameters of %s", route.path()).contains(names.group(1));
            }
        });
    }

    @Test
    void everyReferenceResolves() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty().allSatisfy(reference ->
                assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
    }

    @Test
    void theUserKeyAndSettingRoutesDocumentTheirRefusals() {
        List<ApiRoute> routes = api.api.routes().stream()
                .filter(route -> route.path().matches("/api/v1/tenants/\\{tenant}/(users|integration-keys|bot-settings).*"))
                .toList();

        assertThat(routes).hasSize(13).allSatisfy(route -> {
            JsonNode responses = operation(route).path("responses");
            assertThat(responses.has("401") && responses.has("403") && responses.has("404"))
                    .as("%s %s documents 401, 403 and 404", route.method(), route.path()).isTrue();
            if (operation(route).has("requestBody")) {
                assertThat(responses.has("400") && responses.has("415") && responses.has("422"))
                        .as("%s %s documents 400, 415 and 422", route.method(), route.path()).isTrue();
            }
        });
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.path("$ref").asText().substring(1)) : node;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.has("$ref")) {
            references.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }
}
