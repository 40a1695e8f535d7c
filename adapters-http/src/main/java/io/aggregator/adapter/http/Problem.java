package io.aggregator.adapter.http;

import io.aggregator.domain.Violation;
import io.javalin.http.Context;
import java.util.List;

/**
 * An error answer in the RFC 9457 problem+json form. {@code errors} lists each field that was wrong
 * and why, so a form can show every message at its field.
 */
record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    static final String CONTENT_TYPE = "application/problem+json";

    record FieldError(String field, String message) {
        static FieldError of(Violation violation) {
            return new FieldError(violation.field(), violation.message());
        }
    }

    static Problem of(int status, String title, String detail, Context context) {
        return new Problem("about:blank", title, status, detail, context.path(), List.of());
    }

    Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
    }

    void answer(Context context) {
        context.status(status).contentType(CONTENT_TYPE).json(this);
        // json() sets application/json; the problem type must win
        context.contentType(CONTENT_TYPE);
    }
}
