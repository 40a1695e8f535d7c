package io.aggregator.adapter.http;

import io.aggregator.application.port.in.AccessDeniedException;
import io.aggregator.application.port.in.AuthenticateUseCase;
import io.aggregator.application.port.in.AuthenticationFailedException;
import io.aggregator.application.port.in.Caller;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.tenant.TenantId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Declares every API route and puts the same checks in front of each, in this order: credentials,
 * CSRF for cookie-authenticated writes, the tenant in the path against the caller's, the route's
 * {@link Access}, the tenant's rate limit, the body's content type. Routes exist only through here,
 * so the list of them is complete.
 */
final class ApiRoutes {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "Bearer ";

    private final RoutesConfig config;
    private final AuthenticateUseCase authentication;
    private final RateLimiter rateLimiter;
    private final HttpSettings settings;
    private final List<ApiRoute> declared = new ArrayList<>();

    ApiRoutes(RoutesConfig config, AuthenticateUseCase authentication, RateLimiter rateLimiter,
              HttpSettings settings) {
        this.config = config;
        this.authentication = authentication;
        this.rateLimiter = rateLimiter;
        this.settings = settings;
    }

    List<ApiRoute> declared() {
        return List.copyOf(declared);
    }

    void get(String path, Access access, Handler handler) {
        add(new ApiRoute("GET", path, access, ApiRoute.NO_BODY), handler);
    }

    void delete(String path, Access access, Handler handler) {
        add(new ApiRoute("DELETE", path, access, ApiRoute.NO_BODY), handler);
    }

    void post(String path, Access access, Handler handler) {
        add(new ApiRoute("POST", path, access, ApiRoute.JSON), handler);
    }

    void post(String path, Access access, List<String> consumes, Handler handler) {
        add(new ApiRoute("POST", path, access, consumes), handler);
    }

    void put(String path, Access access, Handler handler) {
        add(new ApiRoute("PUT", path, access, ApiRoute.JSON), handler);
    }

    void patch(String path, Access access, Handler handler) {
        add(new ApiRoute("PATCH", path, access, ApiRoute.JSON), handler);
    }

    private void add(ApiRoute route, Handler handler) {
        declared.add(route);
        config.addHttpHandler(new HandlerType(route.method()), route.path(), ctx -> {
            checked(route, ctx);
            handler.handle(ctx);
        }, route.access());
    }

    private void checked(ApiRoute route, Context ctx) {
        Caller caller = route.access().needsCredentials() ? authenticated(ctx) : null;
        if (caller != null) {
            ctx.attribute(Requests.CALLER, caller);
            if (route.underTenant()) {
                requireSameTenant(caller, ctx);
            }
            if (!route.access().allows(caller)) {
                throw new AccessDeniedException("this needs " + describe(route.access()));
            }
        }
        limitRate(route, caller, ctx);
        requireContentType(route, ctx);
    }

    private Caller authenticated(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null) {
            if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw new AuthenticationFailedException("the Authorization header must be 'Bearer <token>'");
            }
            return authentication.authenticate(header.substring(BEARER.length()).strip());
        }
        String cookie = ctx.cookie(SessionCookies.SESSION);
        if (cookie == null || cookie.isBlank()) {
            throw new AuthenticationFailedException("log in, or send an integration key as 'Authorization: Bearer'");
        }
        Caller caller = authentication.authenticate(cookie);
        if (!SAFE_METHODS.contains(ctx.method().name()) && caller instanceof Caller.Person person) {
            String csrf = ctx.header(SessionCookies.CSRF_HEADER);
            if (csrf == null || !AccessToken.sha256(csrf).equals(person.csrfTokenHash())) {
                throw new AccessDeniedException("a write with the session cookie needs the "
                        + SessionCookies.CSRF_HEADER + " header holding the " + SessionCookies.CSRF + " cookie's value");
            }
        }
        return caller;
    }

    /** Another tenant's things do not exist for a tenant's user or key. */
    private static void requireSameTenant(Caller caller, Context ctx) {
        TenantId inPath = Requests.tenant(ctx);
        if (caller.tenant() != null && !caller.tenant().equals(inPath)) {
            throw new NotFoundException("no tenant '" + inPath + "'");
        }
    }

    private void limitRate(ApiRoute route, Caller caller, Context ctx) {
        if (route.access() == Access.SIGNED_WEBHOOK) {
            // a tenant's n8n calls back from one address for all its chats: counted per tenant, not per address
            rateLimiter.consume("callbacks:" + Requests.tenant(ctx), settings.rateLimitPerMinute());
            return;
        }
        if (caller == null) {
            rateLimiter.consume("address:" + ctx.ip(), settings.anonymousPerMinute());
            return;
        }
        Integer own = null;
        if (caller instanceof Caller.TenantUser user) {
            own = user.tenantRateLimit();
        } else if (caller instanceof Caller.IntegrationKey key) {
            own = key.tenantRateLimit();
        }
        String key = caller.tenant() != null ? "tenant:" + caller.tenant() : "platform:" + ((Caller.Person) caller).userId();
        rateLimiter.consume(key, own == null ? settings.rateLimitPerMinute() : own);
    }

    private static void requireContentType(ApiRoute route, Context ctx) {
        if (!route.takesBody() || ctx.req().getContentLengthLong() == 0) {
            return;
        }
        String type = Requests.mediaType(ctx);
        if (!route.consumes().contains(type)) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "this endpoint takes " + String.join(" or ", route.consumes()) + ", not '" + type + "'");
        }
    }

    private static String describe(Access access) {
        return switch (access) {
            case PUBLIC -> "nothing";
            case AUTHENTICATED -> "a session or an integration key";
            case PERSON -> "a logged-in user";
            case PLATFORM_ADMIN -> "a platform admin";
            case TENANT_ADMIN -> "an admin of this tenant";
            case TENANT_OR_PLATFORM_ADMIN -> "an admin of this tenant or a platform admin";
            case TENANT_MEMBER -> "a user of this tenant";
            case INTEGRATION_KEY -> "an integration key of this tenant";
            case SIGNED_WEBHOOK -> "a request signed with this tenant's webhook secret";
        };
    }
}
