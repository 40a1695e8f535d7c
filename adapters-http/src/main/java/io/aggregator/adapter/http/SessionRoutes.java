package io.aggregator.adapter.http;

import io.aggregator.application.port.in.AuthenticateUseCase;
import io.aggregator.application.port.in.AuthenticateUseCase.LoginCommand;
import io.aggregator.application.port.in.AuthenticateUseCase.LoginResult;
import io.aggregator.application.port.in.Caller;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.tenant.TenantId;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;

/** Logging in and out, who am I, and changing one's own password. */
final class SessionRoutes {
    record LoginRequest(String tenantId, String username, String password) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    /** Who the caller is; for people also the tenant and role. */
    record Me(String kind, String tenantId, String userId, String username, String role, String keyId,
              String keyName) {
        static Me of(Caller caller) {
            if (caller instanceof Caller.PlatformAdmin admin) {
                return new Me("platform_admin", null, admin.userId().toString(), admin.username().value(), null,
                        null, null);
            }
            if (caller instanceof Caller.TenantUser user) {
                return new Me("tenant_user", user.tenant().value(), user.userId().toString(),
                        user.username().value(), user.role().code(), null, null);
            }
            Caller.IntegrationKey key = (Caller.IntegrationKey) caller;
            return new Me("integration_key", key.tenant().value(), null, null, null, key.keyId().toString(),
                    key.name());
        }
    }

    /** The login's answer: the tokens are shown here once (and set as cookies for browsers). */
    record Login(String token, String csrfToken, Instant expiresAt, Me user) {
    }

    private final AuthenticateUseCase authentication;
    private final SessionCookies cookies;

    SessionRoutes(AuthenticateUseCase authentication, SessionCookies cookies) {
        this.authentication = authentication;
        this.cookies = cookies;
    }

    void register(ApiRoutes routes) {
        routes.post("/api/v1/session", Access.PUBLIC, this::logIn);
        // keys too: a machine checks its key, and which tenant it acts for, here
        routes.get("/api/v1/session", Access.AUTHENTICATED, ctx -> ctx.json(Me.of(Requests.caller(ctx))));
        routes.delete("/api/v1/session", Access.PERSON, this::logOut);
        routes.post("/api/v1/session/password", Access.PERSON, this::changePassword);
    }

    private void logIn(Context ctx) {
        LoginRequest request = Requests.body(ctx, LoginRequest.class);
        if (request.username() == null || request.password() == null) {
            throw ValidationException.of(request.username() == null ? "username" : "password", "is required");
        }
        TenantId tenant = request.tenantId() == null || request.tenantId().isBlank()
                ? null : TenantId.of(request.tenantId());
        LoginResult result = authentication.logIn(new LoginCommand(tenant, request.username(), request.password(),
                ctx.ip()));
        int maxAge = (int) Math.max(0, Duration.between(Instant.now(), result.expiresAt()).toSeconds());
        cookies.set(ctx, result.sessionToken(), result.csrfToken(), maxAge);
        ctx.status(201).json(new Login(result.sessionToken(), result.csrfToken(), result.expiresAt(),
                Me.of(result.caller())));
    }

    private void logOut(Context ctx) {
        authentication.logOut((Caller.Person) Requests.caller(ctx));
        cookies.clear(ctx);
        ctx.status(204);
    }

    private void changePassword(Context ctx) {
        PasswordChange change = Requests.body(ctx, PasswordChange.class);
        authentication.changePassword((Caller.Person) Requests.caller(ctx), change.currentPassword(),
                change.newPassword());
        ctx.status(204);
    }
}
