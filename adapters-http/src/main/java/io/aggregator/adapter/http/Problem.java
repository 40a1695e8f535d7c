package io.aggregator.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aggregator.domain.Violation;
import io.javalin.http.Context;
import java.util.List;

/**
 * An error answer in the RFC 9457 problem+json form: a stable {@code type} per kind of problem, a
 * human {@code detail}, and for bad input {@code errors}, one per field, so a form can show each
 * message at its field. Every problem carries the request's correlation id.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Problem(String type, String title, int status, String detail, String instance, String correlationId,
               List<FieldError> errors) {
    static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:aggregator:problem:";

    record FieldError(String field, String message) {
        static FieldError of(Violation violation) {
            return new FieldError(violation.field(), violation.message());
        }
    }

    /** The kinds of problem the API answers, each with its status and stable type. */
    enum Kind {
        MALFORMED_REQUEST(400, "Malformed request"),
        UNAUTHENTICATED(401, "Unauthenticated"),
        FORBIDDEN(403, "Forbidden"),
        NOT_FOUND(404, "Not found"),
        METHOD_NOT_ALLOWED(405, "Method not allowed"),
        CONFLICT(409, "Conflict"),
        BODY_TOO_LARGE(413, "Body too large"),
        UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
        INVALID_INPUT(422, "Invalid input"),
        TOO_MANY_REQUESTS(429, "Too many requests"),
        INTERNAL_ERROR(500, "Internal server error"),
        UNAVAILABLE(503, "Service unavailable");

        final int status;
        final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        String type() {
            return TYPE_PREFIX + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Kind forStatus(int status) {
            for (Kind kind : values()) {
                if (kind.status == status) {
                    return kind;
                }
            }
            return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
        }
    }

    static Problem of(Kind kind, String detail, Context context) {
        return new Problem(kind.type(), kind.title, kind.status, detail, context.path(),
                CorrelationIds.current(context), List.of());
    }

    Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, correlationId, List.copyOf(fieldErrors));
    }

    void answer(Context context) {
        context.status(status).json(this);
        // json() sets application/json; the problem type must win
        context.contentType(CONTENT_TYPE);
    }
}
