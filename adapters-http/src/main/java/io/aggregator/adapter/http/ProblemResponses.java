package io.aggregator.adapter.http;

import com.fasterxml.jackson.core.JacksonException;
import io.aggregator.application.port.out.ConflictException;
import io.aggregator.domain.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one table from failures to HTTP answers. Bad input is a 4xx that names what was wrong; only a
 * fault of the server itself is a 500, and its answer carries no internals.
 */
final class ProblemResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ValidationException.class, (e, ctx) ->
                Problem.of(400, "Invalid input", e.getMessage(), ctx)
                        .withErrors(e.violations().stream().map(Problem.FieldError::of).toList())
                        .answer(ctx));
        routes.exception(ConflictException.class, (e, ctx) ->
                Problem.of(409, "Conflict", e.getMessage(), ctx)
                        .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())))
                        .answer(ctx));
        routes.exception(JacksonException.class, (e, ctx) ->
                Problem.of(400, "Malformed JSON", "the request body is not the JSON this endpoint takes: "
                        + e.getOriginalMessage(), ctx).answer(ctx));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                Problem.of(e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage(), e.getMessage(), ctx)
                        .answer(ctx));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            Problem.of(500, "Internal Server Error", "the server failed to handle this request; it has been logged",
                    ctx).answer(ctx);
        });
    }
}
