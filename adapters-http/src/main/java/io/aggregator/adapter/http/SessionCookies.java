package io.aggregator.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The browser's credentials: the session token in an HttpOnly cookie scripts cannot read, and the
 * CSRF token in a readable cookie, which the page's script copies into the {@code X-CSRF-Token}
 * header of every write. Another site can make the browser send the first, but cannot read the
 * second, so it cannot write.
 */
final class SessionCookies {
    static final String SESSION = "aggregator_session";
    static final String CSRF = "aggregator_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private final boolean secure;

    SessionCookies(boolean secure) {
        this.secure = secure;
    }

    void set(Context ctx, String sessionToken, String csrfToken, int maxAgeSeconds) {
        ctx.cookie(new Cookie(SESSION, sessionToken, "/", maxAgeSeconds, secure, true, null, SameSite.STRICT));
        ctx.cookie(new Cookie(CSRF, csrfToken, "/", maxAgeSeconds, secure, false, null, SameSite.STRICT));
    }

    void clear(Context ctx) {
        ctx.cookie(new Cookie(SESSION, "", "/", 0, secure, true, null, SameSite.STRICT));
        ctx.cookie(new Cookie(CSRF, "", "/", 0, secure, false, null, SameSite.STRICT));
    }
}
