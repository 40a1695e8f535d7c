package io.aggregator.application.service;

import io.aggregator.application.port.in.Caller;
import io.aggregator.application.port.in.ManageIntegrationKeysUseCase;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.out.IntegrationKeyStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.UserId;
import java.time.Clock;
import java.util.List;

/** Keys are made here and shown once; what is stored cannot be turned back into a working key. */
public final class IntegrationKeyService implements ManageIntegrationKeysUseCase {
    private final Transactions transactions;
    private final TenantStore tenants;
    private final IntegrationKeyStore keys;
    private final Clock clock;

    public IntegrationKeyService(Transactions transactions, TenantStore tenants, IntegrationKeyStore keys,
                                 Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public CreatedKey create(Caller caller, TenantId tenant, String name) {
        AccessToken token = AccessToken.newIntegrationKey(tenant);
        // only a tenant's own users are rows a key can point back to
        UserId createdBy = caller instanceof Caller.TenantUser user ? user.userId() : null;
        IntegrationKey key = new IntegrationKey(IntegrationKeyId.newId(), name, token.displayPrefix(), token.hash(),
                createdBy, clock.instant(), null, null);
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            keys.add(key);
            return new CreatedKey(key, token.reveal());
        });
    }

    @Override
    public List<IntegrationKey> list(TenantId tenant) {
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            return keys.listAll();
        });
    }

    @Override
    public IntegrationKey revoke(TenantId tenant, IntegrationKeyId id) {
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            IntegrationKey key = keys.findById(id)
                    .orElseThrow(() -> new NotFoundException("no integration key '" + id + "' in tenant '" + tenant + "'"));
            IntegrationKey revoked = key.revoke(clock.instant());
            if (!revoked.equals(key)) {
                keys.update(revoked);
            }
            return revoked;
        });
    }
}
