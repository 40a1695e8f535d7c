package io.aggregator.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The OpenAPI 3 document, served at {@code /api/v1/openapi.json}: a base (info, security schemes,
 * shared schemas) and one part per family of routes, merged once at start. A test holds it against
 * the declared routes, both ways.
 */
final class OpenApiDocument {
    static final List<String> PARTS = List.of("sessions", "tenants", "settings", "faqs", "users",
            "integration-keys", "bot-settings", "events", "conversation", "inbox", "integration", "overview", "dashboard");

    private OpenApiDocument() {
    }

    static ObjectNode load(ObjectMapper json) {
        ObjectNode document = read(json, "base");
        for (String part : PARTS) {
            ObjectNode fragment = read(json, part);
            ((ObjectNode) document.with("paths")).setAll((ObjectNode) fragment.path("paths"));
            // schemas, and parameters or responses a part shares among its own routes
            fragment.path("components").properties().forEach(section -> document
                    .withObject("/components/" + section.getKey()).setAll((ObjectNode) section.getValue()));
        }
        return document;
    }

    private static ObjectNode read(ObjectMapper json, String name) {
        String resource = "/openapi/" + name + ".json";
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
