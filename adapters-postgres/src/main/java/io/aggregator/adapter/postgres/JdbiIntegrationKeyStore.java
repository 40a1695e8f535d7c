package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.IntegrationKeyStore;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class JdbiIntegrationKeyStore implements IntegrationKeyStore {
    private static final String COLUMNS = "id, name, prefix, key_hash, created_by, created_at, last_used_at, revoked_at";

    private final TenantStatements sql;

    JdbiIntegrationKeyStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public void add(IntegrationKey key) {
        SqlErrors.translate(() -> sql.update("INSERT INTO integration_keys (tenant_id, " + COLUMNS + ") VALUES "
                        + "(:tenant, :id, :name, :prefix, :keyHash, CAST(:createdBy AS uuid), :createdAt, :lastUsedAt, "
                        + ":revokedAt)")
                .bind("id", key.id().value())
                .bind("name", key.name())
                .bind("prefix", key.prefix())
                .bind("keyHash", key.keyHash())
                .bind("createdBy", key.createdBy() == null ? null : key.createdBy().value())
                .bind("createdAt", Columns.utc(key.createdAt()))
                .bind("lastUsedAt", Columns.utc(key.lastUsedAt()))
                .bind("revokedAt", Columns.utc(key.revokedAt()))
                .execute());
    }

    @Override
    public Optional<IntegrationKey> findById(IntegrationKeyId id) {
        return sql.query("SELECT " + COLUMNS + " FROM integration_keys WHERE tenant_id = :tenant AND id = :id")
                .bind("id", id.value())
                .map((row, context) -> toKey(row))
                .findOne();
    }

    @Override
    public Optional<IntegrationKey> findByHash(String keyHash) {
        return sql.query("SELECT " + COLUMNS + " FROM integration_keys WHERE tenant_id = :tenant AND key_hash = :keyHash")
                .bind("keyHash", keyHash)
                .map((row, context) -> toKey(row))
                .findOne();
    }

    @Override
    public List<IntegrationKey> listAll() {
        return sql.query("SELECT " + COLUMNS + " FROM integration_keys WHERE tenant_id = :tenant ORDER BY id DESC")
                .map((row, context) -> toKey(row))
                .list();
    }

    @Override
    public boolean update(IntegrationKey key) {
        return sql.update("""
                        UPDATE integration_keys SET name = :name, last_used_at = :lastUsedAt, revoked_at = :revokedAt
                        WHERE tenant_id = :tenant AND id = :id""")
                .bind("id", key.id().value())
                .bind("name", key.name())
                .bind("lastUsedAt", Columns.utc(key.lastUsedAt()))
                .bind("revokedAt", Columns.utc(key.revokedAt()))
                .execute() == 1;
    }

    private static IntegrationKey toKey(ResultSet row) throws SQLException {
        UUID createdBy = Columns.uuid(row, "created_by");
        return new IntegrationKey(new IntegrationKeyId(Columns.uuid(row, "id")), row.getString("name"),
                row.getString("prefix"), row.getString("key_hash"), createdBy == null ? null : new UserId(createdBy),
                Columns.instant(row, "created_at"), Columns.instant(row, "last_used_at"),
                Columns.instant(row, "revoked_at"));
    }
}
