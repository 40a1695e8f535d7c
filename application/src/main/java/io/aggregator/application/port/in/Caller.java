package io.aggregator.application.port.in;

import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;

/** Who is calling, as established by authentication. */
public sealed interface Caller {

    /** The tenant the caller belongs to, or null for a platform admin. */
    TenantId tenant();

    /** A logged-in person; {@code sessionHash} and {@code csrfTokenHash} identify and guard the login. */
    sealed interface Person extends Caller {
        UserId userId();

        Username username();

        String sessionHash();

        String csrfTokenHash();
    }

    record PlatformAdmin(UserId userId, Username username, String sessionHash, String csrfTokenHash)
            implements Person {
        @Override
        public TenantId tenant() {
            return null;
        }
    }

    /** {@code tenantRateLimit} is the tenant's own request limit per minute, or null for the default. */
    record TenantUser(TenantId tenant, UserId userId, Username username, Role role, Integer tenantRateLimit,
                      String sessionHash, String csrfTokenHash) implements Person {
    }

    record IntegrationKey(TenantId tenant, IntegrationKeyId keyId, String name, Integer tenantRateLimit)
            implements Caller {
    }
}
