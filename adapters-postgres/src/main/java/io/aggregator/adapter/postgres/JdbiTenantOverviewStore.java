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
        var items = handle.createQuery("SELECT * FROM tenant_overview ORDER BY " + SORT_COLUMNS.get(query.sort())
                        + " " + direction + ", tenant_id " + direction + " LIMIT :limit OFFSET :offset")
                .bind("limit", query.limit())
                .bind("offset", query.offset())
                .map((row, context) -> toOverview(row))
                .list();
        return handle.createQuery("""
                        SELECT count(*) AS tenants, coalesce(sum(total_chats), 0) AS chats,
                               coalesce(sum(total_messages), 0) AS messages, coalesce(sum(total_faqs), 0) AS faqs,
                               coalesce(sum(total_users), 0) AS users
                        FROM tenant_overview""")
                .map((row, context) -> new OverviewPage(items, row.getLong("tenants"), new OverviewPage.Totals(
                        row.getLong("chats"), row.getLong("messages"), row.getLong("faqs"), row.getLong("users"))))
                .one();
    }

    private static TenantOverview toOverview(ResultSet row) throws SQLException {
        return new TenantOverview(TenantId.of(row.getString("tenant_id")), row.getString("display_name"),
                TenantStatus.fromCode(row.getString("status")), row.getString("system_message"),
                HandoverMode.fromCode(row.getString("handover_mode")), row.getLong("total_chats"),
                row.getLong("total_messages"), row.getLong("total_faqs"), row.getLong("total_users"),
                Columns.instant(row, "last_updated"));
    }
}
