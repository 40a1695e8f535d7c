package io.aggregator.application.port.in;

import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.tenant.TenantId;
import java.util.List;

/** A tenant's integration keys: created, listed and revoked by the tenant's admins. */
public interface ManageIntegrationKeysUseCase {

    /** A new key and its full text, which is shown here once: only its hash is kept. */
    record CreatedKey(IntegrationKey key, String secret) {
        /** The secret stays out of logs. */
        @Override
        public String toString() {
            return "CreatedKey[" + key.prefix() + "...]";
        }
    }

    /** @throws NotFoundException if there is no such tenant */
    CreatedKey create(Caller caller, TenantId tenant, String name);

    /** Newest first, revoked keys included. */
    List<IntegrationKey> list(TenantId tenant);

    /** Revoking a revoked key changes nothing. @throws NotFoundException if the tenant has no such key */
    IntegrationKey revoke(TenantId tenant, IntegrationKeyId id);
}
