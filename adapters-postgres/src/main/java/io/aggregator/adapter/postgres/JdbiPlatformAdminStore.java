package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.PlatformAdminStore;
import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.user.PasswordHash;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

final class JdbiPlatformAdminStore implements PlatformAdminStore {
    private static final String COLUMNS = "id, username, password_hash, created_at";

    private final JdbiTransactions transactions;

    JdbiPlatformAdminStore(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(PlatformAdmin admin) {
        SqlErrors.translate(() -> transactions.platformHandle().createUpdate(
                        "INSERT INTO platform_admins (" + COLUMNS + ") VALUES (:id, :username, :hash, :createdAt)")
                .bind("id", admin.id().value())
                .bind("username", admin.username().value())
                .bind("hash", admin.passwordHash().encoded())
                .bind("createdAt", Columns.utc(admin.createdAt()))
                .execute());
    }

    @Override
    public Optional<PlatformAdmin> findById(UserId id) {
        return transactions.platformHandle().createQuery("SELECT " + COLUMNS + " FROM platform_admins WHERE id = :id")
                .bind("id", id.value())
                .map((row, context) -> toAdmin(row))
                .findOne();
    }

    @Override
    public Optional<PlatformAdmin> findByUsername(Username username) {
        return transactions.platformHandle()
                .createQuery("SELECT " + COLUMNS + " FROM platform_admins WHERE username = :username")
                .bind("username", username.value())
                .map((row, context) -> toAdmin(row))
                .findOne();
    }

    @Override
    public boolean update(PlatformAdmin admin) {
        return transactions.platformHandle().createUpdate("""
                        UPDATE platform_admins SET username = :username, password_hash = :hash, updated_at = now()
                        WHERE id = :id""")
                .bind("id", admin.id().value())
                .bind("username", admin.username().value())
                .bind("hash", admin.passwordHash().encoded())
                .execute() == 1;
    }

    @Override
    public long count() {
        return transactions.platformHandle().createQuery("SELECT count(*) FROM platform_admins")
                .mapTo(Long.class).one();
    }

    private static PlatformAdmin toAdmin(ResultSet row) throws SQLException {
        return new PlatformAdmin(new UserId(Columns.uuid(row, "id")), Username.of(row.getString("username")),
                new PasswordHash(row.getString("password_hash")), Columns.instant(row, "created_at"));
    }
}
