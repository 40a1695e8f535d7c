package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.TenantStore;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import io.aggregator.application.port.out.TenantPage;
import java.util.List;
import java.util.Optional;

/** The tenant directory; works in platform transactions and, for its own entry, in tenant ones. */
final class JdbiTenantStore implements TenantStore {
    private final JdbiTransactions transactions;

    JdbiTenantStore(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Tenant tenant) {
        SqlErrors.translate(() -> transactions.handle().createUpdate("""
                        INSERT INTO tenants (tenant_id, display_name, status, rate_limit_per_minute, created_at, updated_at)
                        VALUES (:id, :displayName, :status, :rateLimit, :createdAt, :createdAt)""")
                .bind("id", tenant.id().value())
                .bind("displayName", tenant.displayName())
                .bind("status", tenant.status().code())
                .bindByType("rateLimit", tenant.rateLimitPerMinute(), Integer.class)
                .bind("createdAt", Columns.utc(tenant.createdAt()))
                .execute());
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return transactions.handle().createQuery("""
                        SELECT tenant_id, display_name, status, rate_limit_per_minute, created_at FROM tenants
                        WHERE tenant_id = :id""")
                .bind("id", id.value())
                .map((row, context) -> toTenant(row))
                .findOne();
    }

    @Override
    public boolean update(Tenant tenant) {
        return SqlErrors.translate(() -> transactions.handle().createUpdate("""
                        UPDATE tenants SET display_name = :displayName, status = :status,
                            rate_limit_per_minute = :rateLimit, updated_at = now()
                        WHERE tenant_id = :id""")
                .bind("id", tenant.id().value())
                .bind("displayName", tenant.displayName())
                .bind("status", tenant.status().code())
                .bindByType("rateLimit", tenant.rateLimitPerMinute(), Integer.class)
                .execute()) == 1;
    }

    @Override
    public TenantPage list(TenantStatus status, TenantId after, int limit) {
        // byte order, not the database's locale: pages and cursors must agree on what comes next
        List<Tenant> rows = transactions.handle().createQuery("""
                        SELECT tenant_id, display_name, status, rate_limit_per_minute, created_at FROM tenants
                        WHERE (CAST(:status AS text) IS NULL OR status = :status)
                          AND (CAST(:after AS text) IS NULL OR tenant_id COLLATE "C" > :after)
                        ORDER BY tenant_id COLLATE "C"
                        LIMIT :limit""")
                .bind("status", status == null ? null : status.code())
                .bind("after", after == null ? null : after.value())
                .bind("limit", limit + 1)
                .map((row, context) -> toTenant(row))
                .list();
        return new TenantPage(rows.subList(0, Math.min(limit, rows.size())), rows.size() > limit);
    }

    @Override
    public boolean delete(TenantId id) {
        // every tenant-owned table references tenants ON DELETE CASCADE
        return transactions.handle().createUpdate("DELETE FROM tenants WHERE tenant_id = :id")
                .bind("id", id.value())
                .execute() == 1;
    }

    private static Tenant toTenant(ResultSet row) throws SQLException {
        return new Tenant(TenantId.of(row.getString("tenant_id")), row.getString("display_name"),
                TenantStatus.fromCode(row.getString("status")), row.getObject("rate_limit_per_minute", Integer.class),
                Columns.instant(row, "created_at"));
    }
}
