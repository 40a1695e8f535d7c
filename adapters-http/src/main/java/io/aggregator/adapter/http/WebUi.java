package io.aggregator.adapter.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The web application for managers and admins: static HTML, CSS and JavaScript modules from the
 * classpath's {@code web} folder, served at {@code /}. It talks to the server only through the public
 * API under {@code /api/v1}, with the session cookie and the CSRF header like any browser client.
 */
final class WebUi {
    /**
     * Scripts and styles only from this server, no inline script, no framing: an injected string in a
     * chat message can neither run nor load anything. Revalidated on every load (ETags keep that
     * cheap), so an upgraded server is never paired with an old page.
     */
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "Cache-Control", "no-cache");

    private WebUi() {
    }

    static void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            files.headers = HEADERS;
        });
    }
}
