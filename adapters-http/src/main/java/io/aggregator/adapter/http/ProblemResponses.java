package io.aggregator.adapter.http;

import com.fasterxml.jackson.core.JacksonException;
import io.aggregator.application.port.in.AccessDeniedException;
import io.aggregator.application.port.in.AuthenticationFailedException;
import io.aggregator.application.port.in.ChatMovedOnException;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.in.TooManyRequestsException;
import io.aggregator.application.port.out.ConflictException;
import io.aggregator.domain.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one table from failures to HTTP answers. Bad input is a 4xx that names what was wrong; only a
 * fault of the server itself is a 500, and its answer carries no internals, only the correlation id
 * under which it was logged.
 */
final class ProblemResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ValidationException.class, (e, ctx) ->
                Problem.of(Problem.Kind.INVALID_INPUT, e.getMessage(), ctx)
                        .withErrors(e.violations().stream().map(Problem.FieldError::of).toList())
                        .answer(ctx));
        routes.exception(ConflictException.class, (e, ctx) ->
                Problem.of(Problem.Kind.CONFLICT, e.getMessage(), ctx)
                        .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())))
                        .answer(ctx));
        routes.exception(ChatMovedOnException.class, (e, ctx) ->
                Problem.of(Problem.Kind.CONFLICT, e.getMessage(), ctx).answer(ctx));
        routes.exception(AuthenticationFailedException.class, (e, ctx) ->
                Problem.of(Problem.Kind.UNAUTHENTICATED, e.getMessage(), ctx).answer(ctx));
        routes.exception(AccessDeniedException.class, (e, ctx) ->
                Problem.of(Problem.Kind.FORBIDDEN, e.getMessage(), ctx).answer(ctx));
        routes.exception(NotFoundException.class, (e, ctx) ->
                Problem.of(Problem.Kind.NOT_FOUND, e.getMessage(), ctx).answer(ctx));
        routes.exception(TooManyRequestsException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
            Problem.of(Problem.Kind.TOO_MANY_REQUESTS, e.getMessage(), ctx).answer(ctx);
        });
        routes.exception(JacksonException.class, (e, ctx) ->
                Problem.of(Problem.Kind.MALFORMED_REQUEST, JsonProblems.describe(e), ctx).answer(ctx));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                Problem.of(Problem.Kind.forStatus(e.getStatus()), e.getMessage(), ctx).answer(ctx));
        routes.exception(Exception.class, (e, ctx) -> {
            try {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                Problem.of(Problem.Kind.INTERNAL_ERROR, "the server failed to handle this request; it has been "
                        + "logged under the correlation id", ctx).answer(ctx);
            } catch (RuntimeException requestGone) {
                // the request was already finished or recycled (a stream ending at shutdown): nobody to answer
                LOG.debug("could not answer a failed request", requestGone);
            }
        });
    }
}
