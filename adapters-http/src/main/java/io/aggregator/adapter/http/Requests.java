package io.aggregator.adapter.http;

import io.aggregator.application.port.in.Caller;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.tenant.TenantId;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/** What route handlers read from a request that the API has already checked. */
final class Requests {
    static final String CALLER = "aggregator.caller";

    private Requests() {
    }

    /** The authenticated caller; routes that are not public always have one. */
    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("route " + ctx.path() + " reads a caller it was not given");
        }
        return caller;
    }

    /** The tenant in the path; access control has already matched it against the caller. */
    static TenantId tenant(Context ctx) {
        return pathId(ctx, "tenant", TenantId::of);
    }

    /** An id from the path: one that cannot exist is simply not found. */
    static <T> T pathId(Context ctx, String name, Function<String, T> parse) {
        String text = ctx.pathParam(name);
        try {
            return parse.apply(text);
        } catch (ValidationException e) {
            throw new NotFoundException("no " + name.replace('_', ' ') + " '" + text + "'");
        }
    }

    /** A whole number from the query string, within bounds, or the default when absent. */
    static int intQuery(Context ctx, String name, int defaultValue, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ValidationException.of(name, "must be a whole number between " + min + " and " + max + ", got '"
                + text + "'");
    }

    /** {@code true} or {@code false} from the query string, or null when absent. */
    static Boolean booleanQuery(Context ctx, String name) {
        return trueOrFalse(name, ctx.queryParam(name));
    }

    /** Text that says {@code true} or {@code false}, in any case; null when absent or blank. */
    static Boolean trueOrFalse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ValidationException.of(field, "must be true or false, got '" + text + "'");
        };
    }

    /** The body's media type without its parameters, in lowercase; empty when the request names none. */
    static String mediaType(Context ctx) {
        String header = ctx.contentType();
        return header == null ? "" : header.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The body as UTF-8 text. Bytes that are not UTF-8 are refused rather than turned into
     * replacement characters, which would be stored without anyone noticing.
     */
    static String utf8Body(Context ctx) {
        return utf8(ctx.bodyAsBytes());
    }

    /** The JSON body as the given record; missing or malformed bodies are the client's error. */
    static <T> T body(Context ctx, Class<T> type) {
        String text = utf8(ctx.bodyAsBytes());
        // JSON null is the one valid text that reads as no object; the JSON mapper would fail on it
        if (text.isBlank() || text.strip().equals("null")) {
            throw ValidationException.of("body", "a JSON object is required");
        }
        return ctx.jsonMapper().fromJsonString(text, type);
    }

    /** Strictly: bytes that are not UTF-8 would otherwise become U+FFFD and be stored as if sent so. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new HttpResponseException(HttpStatus.BAD_REQUEST.getCode(), "the body is not valid UTF-8");
        }
    }
}
