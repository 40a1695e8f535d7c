package io.aggregator.application.service;

import io.aggregator.application.port.in.ManageTenantsUseCase;
import io.aggregator.application.port.out.TenantPage;
import io.aggregator.application.port.out.TenantSettingsStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.TenantStatus;
import java.time.Clock;
import java.util.function.UnaryOperator;

/** Each change to a tenant is one transaction bound to that tenant. */
public final class TenantAdministrationService implements ManageTenantsUseCase {
    private final Transactions transactions;
    private final TenantStore tenants;
    private final TenantSettingsStore settings;
    private final Clock clock;

    public TenantAdministrationService(Transactions transactions, TenantStore tenants, TenantSettingsStore settings,
                                       Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Tenant create(CreateTenant command) {
        Tenant tenant = Tenant.create(command.id(), command.displayName(), clock.instant())
                .withRateLimitPerMinute(command.rateLimitPerMinute());
        return transactions.inTenant(tenant.id(), () -> {
            tenants.add(tenant);
            settings.save(command.settings() == null ? TenantSettings.defaults() : command.settings());
            return tenant;
        });
    }

    @Override
    public TenantPage list(TenantStatus status, TenantId after, int limit) {
        return transactions.inPlatform(() -> tenants.list(status, after, limit));
    }

    @Override
    public Tenant get(TenantId id) {
        return transactions.inTenant(id, () -> existing(id));
    }

    @Override
    public Tenant change(TenantId id, ChangeTenant changes) {
        return modify(id, tenant -> {
            Tenant changed = changes.displayName() == null ? tenant : tenant.withDisplayName(changes.displayName());
            if (changes.resetRateLimit()) {
                return changed.withRateLimitPerMinute(null);
            }
            return changes.rateLimitPerMinute() == null ? changed
                    : changed.withRateLimitPerMinute(changes.rateLimitPerMinute());
        });
    }

    @Override
    public Tenant suspend(TenantId id) {
        return modify(id, tenant -> tenant.withStatus(TenantStatus.SUSPENDED));
    }

    @Override
    public Tenant reactivate(TenantId id) {
        return modify(id, tenant -> tenant.withStatus(TenantStatus.ACTIVE));
    }

    @Override
    public void delete(TenantId id, String confirmation) {
        if (!id.value().equals(confirmation)) {
            throw ValidationException.of("confirm", "must repeat the tenant id '" + id
                    + "' to delete the tenant and all of its data");
        }
        transactions.inTenant(id, () -> {
            existing(id);
            return tenants.delete(id);
        });
    }

    private Tenant modify(TenantId id, UnaryOperator<Tenant> change) {
        return transactions.inTenant(id, () -> {
            Tenant changed = change.apply(existing(id));
            tenants.update(changed);
            return changed;
        });
    }

    private Tenant existing(TenantId id) {
        return ExistingTenant.require(tenants, id);
    }
}
