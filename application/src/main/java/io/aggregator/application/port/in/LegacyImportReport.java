package io.aggregator.application.port.in;

import java.util.List;

/**
 * What an import of the single-tenant system's data found and did, per tenant. It succeeded when
 * every tenant did: every chat and message of the old database is here with its text and order.
 */
public record LegacyImportReport(List<String> optionalPartsFound, List<TenantReport> tenants) {
    public LegacyImportReport {
        optionalPartsFound = List.copyOf(optionalPartsFound);
        tenants = List.copyOf(tenants);
    }

    public boolean succeeded() {
        return tenants.stream().allMatch(TenantReport::succeeded);
    }

    /**
     * One tenant's import. {@code notes} say what was decided along the way (a FAQ text kept whole, a
     * chat given another channel chat id), {@code skipped} what was left out and why, {@code problems}
     * why the tenant's import failed or its check did not hold; with problems, nothing of it was kept.
     */
    public record TenantReport(String tenant, boolean tenantCreated, List<TableCount> counts, List<String> notes,
                               List<String> skipped, List<String> problems) {
        public TenantReport {
            counts = List.copyOf(counts);
            notes = List.copyOf(notes);
            skipped = List.copyOf(skipped);
            problems = List.copyOf(problems);
        }

        public static TenantReport failed(String tenant, List<String> problems) {
            return new TenantReport(tenant, false, List.of(), List.of(), List.of(), problems);
        }

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /**
     * One table of one tenant: rows of the old database, how many of them were here before the
     * import, how many it added, how many it left out, and how many are here after it.
     */
    public record TableCount(String table, int legacy, int before, int added, int skipped, int after) {
    }
}
