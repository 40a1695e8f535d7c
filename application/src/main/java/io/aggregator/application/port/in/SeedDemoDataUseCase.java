package io.aggregator.application.port.in;

import io.aggregator.domain.tenant.TenantId;
import java.util.List;

/**
 * Creates the demo tenants of the design document (a coffee shop and a tech-support desk) with their
 * settings, FAQs and an admin user each, so that a first run has something to show. Tenants that
 * exist are left alone.
 */
public interface SeedDemoDataUseCase {

    /** A created tenant and its admin's generated password, to be shown once. */
    record CreatedTenant(TenantId tenant, String adminUsername, String adminPassword) {
    }

    /** @return the tenants that were created by this call */
    List<CreatedTenant> seedDemoData();
}
