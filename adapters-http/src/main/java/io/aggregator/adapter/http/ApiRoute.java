package io.aggregator.adapter.http;

import java.util.List;

/**
 * One route of the API as declared: method, path (Javalin and OpenAPI write parameters alike,
 * {@code {tenant}}), who may call it and which body types it takes. The list of these is what the
 * OpenAPI document and the authorization tests are checked against.
 */
public record ApiRoute(String method, String path, Access access, List<String> consumes) {
    static final List<String> JSON = List.of("application/json");
    static final List<String> NO_BODY = List.of();

    public ApiRoute {
        consumes = List.copyOf(consumes);
    }

    public boolean takesBody() {
        return !consumes.isEmpty();
    }

    public boolean underTenant() {
        return path.contains("{tenant}");
    }
}
