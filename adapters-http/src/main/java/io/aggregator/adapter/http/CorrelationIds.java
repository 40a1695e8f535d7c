package io.aggregator.adapter.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Every request gets an id, answered in {@code X-Request-Id} and put on every log line written while
 * it is handled, so a user's error report leads straight to the log. A caller's own id is kept when
 * it looks like one.
 */
final class CorrelationIds {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "request_id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private CorrelationIds() {
    }

    static void assign(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    static String current(Context ctx) {
        return ctx.res().getHeader(HEADER);
    }

    static void release() {
        MDC.remove(MDC_KEY);
    }
}
