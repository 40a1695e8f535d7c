package io.aggregator.bootstrap;

import io.aggregator.application.port.in.LegacyImportReport;
import io.aggregator.application.port.in.LegacyImportReport.TableCount;
import io.aggregator.application.port.in.LegacyImportReport.TenantReport;
import java.util.ArrayList;
import java.util.List;

/** The import's report as the operator reads it: per tenant a table of counts, then what to know. */
final class LegacyImportReportText {
    private static final String ROW = "    %-16s %8s %8s %8s %8s %8s";

    private LegacyImportReportText() {
    }

    static List<String> lines(LegacyImportReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("optional parts of the old database found: " + (report.optionalPartsFound().isEmpty() ? "none"
                : String.join(", ", report.optionalPartsFound())));
        for (TenantReport tenant : report.tenants()) {
            lines.add("");
            lines.addAll(tenant(tenant));
        }
        lines.add("");
        long failed = report.tenants().stream().filter(tenant -> !tenant.succeeded()).count();
        if (failed == 0) {
            lines.add("result: imported and checked, " + report.tenants().size() + " tenants: every chat and "
                    + "message of the old database is here, in order, with its text. Running the command again "
                    + "adds nothing.");
        } else {
            lines.add("result: FAILED for " + failed + " of " + report.tenants().size() + " tenants (see "
                    + "'problem' above); nothing of those was kept, the others are complete. The old database was "
                    + "only read. Fix the cause and run the command again: it adds only what is missing.");
        }
        return lines;
    }

    private static List<String> tenant(TenantReport tenant) {
        List<String> lines = new ArrayList<>();
        lines.add("tenant " + tenant.tenant() + (tenant.tenantCreated() ? " (created)" : "")
                + (tenant.succeeded() ? "" : ": NOT IMPORTED"));
        if (!tenant.counts().isEmpty()) {
            lines.add(String.format(ROW, "table", "old", "before", "added", "skipped", "after"));
            for (TableCount count : tenant.counts()) {
                lines.add(String.format(ROW, count.table(), count.legacy(), count.before(), count.added(),
                        count.skipped(), count.after()));
            }
        }
        tenant.notes().forEach(note -> lines.add("  note: " + note));
        tenant.skipped().forEach(skipped -> lines.add("  skipped: " + skipped));
        tenant.problems().forEach(problem -> lines.add("  problem: " + problem));
        return lines;
    }
}
