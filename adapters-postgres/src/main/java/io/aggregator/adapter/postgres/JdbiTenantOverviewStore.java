package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.OverviewPage;
import io.aggregator.application.port.out.OverviewQuery;
import io.aggregator.application.port.out.TenantOverview;
import io.aggregator.application.port.out.TenantOverviewStore;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code tenant_overview} view: the counters the triggers keep, joined to the directory and settings. */
final class JdbiTenantOverviewStore implements TenantOverviewStore {
    /** The only columns an ORDER BY may name: a sort comes from the query string. */
    private static final Map<OverviewQuery.Sort, String> SORT_COLUMNS = Map.of(
            OverviewQuery.Sort.TENANT_ID, "tenant_id",
            OverviewQuery.Sort.DISPLAY_NAME, "display_name",
            OverviewQuery.Sort.CHATS, "total_chats",
            OverviewQuery.Sort.MESSAGES, "total_messages",
            OverviewQuery.Sort.FAQS, "total_faqs",
            OverviewQuery.Sort.USERS, "total_users",
            OverviewQuery.Sort.LAST_UPDATED, "last_updated");

    /** The platform's totals over every tenant; the same columns as aggregates or as window functions. */
    private static final String TOTALS = "count(*) %1$s AS tenants, coalesce(sum(total_chats) %1$s, 0) AS all_chats, "
            + "coalesce(sum(total_messages) %1$s, 0) AS all_messages, coalesce(sum(total_faqs) %1$s, 0) AS all_faqs, "
            + "coalesce(sum(total_users) %1$s, 0) AS all_users";

    private final JdbiTransactions transactions;
    private final TenantStatements sql;

    JdbiTenantOverviewStore(JdbiTransactions transactions) {
        this.transactions = transactions;
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public Optional<TenantOverview> ownRow() {
        return sql.query("SELECT * FROM tenant_overview WHERE tenant_id = :tenant")
                .map((row, context) -> toOverview(row))
                .findOne();
    }

    @Override
    public OverviewPage list(OverviewQuery query) {
        var handle = transactions.platformHandle();
        String direction = query.descending() ? "DESC" : "ASC";
        // the totals as window functions: computed over every row before the page is cut, in one scan
        List<OverviewPage> pages = new ArrayList<>();
        List<TenantOverview> items = handle.createQuery("SELECT *, " + String.format(TOTALS, "OVER ()")
                        + " FROM tenant_overview ORDER BY " + SORT_COLUMNS.get(query.sort()) + " " + direction
                        + ", tenant_id " + direction + " LIMIT :limit OFFSET :offset")
                .bind("limit", query.limit())
                .bind("offset", query.offset())
                .map((row, context) -> {
                    if (pages.isEmpty()) {
                        pages.add(totals(row, List.of()));
                    }
                    return toOverview(row);
                })
                .list();
        if (pages.isEmpty()) {
            // a page past the end: the totals still count every tenant
            return handle.createQuery("SELECT " + String.format(TOTALS, "") + " FROM tenant_overview")
                    .map((row, context) -> totals(row, List.of()))
                    .one();
        }
        return new OverviewPage(items, pages.get(0).total(), pages.get(0).totals());
    }

    private static OverviewPage totals(ResultSet row, List<TenantOverview> items) throws SQLException {
        return new OverviewPage(items, row.getLong("tenants"), new OverviewPage.Totals(row.getLong("all_chats"),
                row.getLong("all_messages"), row.getLong("all_faqs"), row.getLong("all_users")));
    }

    private static TenantOverview toOverview(ResultSet row) throws SQLException {
        return new TenantOverview(TenantId.of(row.getString("tenant_id")), row.getString("display_name"),
                TenantStatus.fromCode(row.getString("status")), row.getString("system_message"),
                HandoverMode.fromCode(row.getString("handover_mode")), row.getLong("total_chats"),
                row.getLong("total_messages"), row.getLong("total_faqs"), row.getLong("total_users"),
                Columns.instant(row, "last_updated"));
    }
}
