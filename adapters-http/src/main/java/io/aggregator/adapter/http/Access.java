package io.aggregator.adapter.http;

import io.aggregator.application.port.in.Caller;
import io.aggregator.domain.user.Role;
import io.javalin.security.RouteRole;

/**
 * Who may call a route. For routes under {@code /tenants/{tenant}}, a caller bound to another tenant
 * is answered 404 before any of these rules is asked: another tenant's things do not exist for them.
 */
public enum Access implements RouteRole {
    /** Anyone, logged in or not. */
    PUBLIC,
    /** Any valid credentials: a person's session or an integration key. */
    AUTHENTICATED,
    /** Any logged-in person: a platform admin or a tenant user. */
    PERSON,
    PLATFORM_ADMIN,
    /** An admin of the tenant in the path. */
    TENANT_ADMIN,
    /** An admin of the tenant in the path, or a platform admin. */
    TENANT_OR_PLATFORM_ADMIN,
    /** An admin or manager of the tenant in the path. */
    TENANT_MEMBER,
    /** An integration key of the tenant in the path: the machine endpoints. */
    INTEGRATION_KEY,
    /**
     * No credentials: the request carries its own Standard Webhooks signature under the tenant's
     * secret, which the handler verifies over the raw body (n8n's callbacks).
     */
    SIGNED_WEBHOOK;

    /** Whether the caller must present a session or an integration key. */
    public boolean needsCredentials() {
        return this != PUBLIC && this != SIGNED_WEBHOOK;
    }

    public boolean allows(Caller caller) {
        return switch (this) {
            case PUBLIC, AUTHENTICATED, SIGNED_WEBHOOK -> true;
            case PERSON -> caller instanceof Caller.Person;
            case PLATFORM_ADMIN -> caller instanceof Caller.PlatformAdmin;
            case TENANT_ADMIN -> isTenantAdmin(caller);
            case TENANT_OR_PLATFORM_ADMIN -> isTenantAdmin(caller) || caller instanceof Caller.PlatformAdmin;
            case TENANT_MEMBER -> caller instanceof Caller.TenantUser;
            case INTEGRATION_KEY -> caller instanceof Caller.IntegrationKey;
        };
    }

    private static boolean isTenantAdmin(Caller caller) {
        return caller instanceof Caller.TenantUser user && user.role() == Role.ADMIN;
    }
}
