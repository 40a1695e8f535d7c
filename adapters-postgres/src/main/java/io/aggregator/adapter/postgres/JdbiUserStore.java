package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.UserStore;
import io.aggregator.domain.user.PasswordHash;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

final class JdbiUserStore implements UserStore {
    private static final String COLUMNS = "id, username, password_hash, role, is_active, created_at";

    private final TenantStatements sql;

    JdbiUserStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public void add(User user) {
        SqlErrors.translate(() -> bindUser(sql.update(
                "INSERT INTO users (tenant_id, " + COLUMNS + ", updated_at) "
                        + "VALUES (:tenant, :id, :username, :passwordHash, :role, :active, :createdAt, :createdAt)"),
                user).execute());
    }

    @Override
    public boolean update(User user) {
        return SqlErrors.translate(() -> bindUser(sql.update("""
                        UPDATE users SET username = :username, password_hash = :passwordHash, role = :role,
                            is_active = :active, updated_at = now()
                        WHERE tenant_id = :tenant AND id = :id"""), user)
                .execute()) == 1;
    }

    @Override
    public boolean delete(UserId id) {
        // the user's sessions go by ON DELETE CASCADE; their messages keep the text, without the author
        return sql.update("DELETE FROM users WHERE tenant_id = :tenant AND id = :id")
                .bind("id", id.value())
                .execute() == 1;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return sql.query("SELECT " + COLUMNS + " FROM users WHERE tenant_id = :tenant AND id = :id")
                .bind("id", id.value())
                .map((row, context) -> toUser(row))
                .findOne();
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return sql.query(
                        "SELECT " + COLUMNS + " FROM users WHERE tenant_id = :tenant AND username = :username")
                .bind("username", username.value())
                .map((row, context) -> toUser(row))
                .findOne();
    }

    @Override
    public List<User> listAll() {
        return sql.query("SELECT " + COLUMNS + " FROM users WHERE tenant_id = :tenant ORDER BY username")
                .map((row, context) -> toUser(row))
                .list();
    }

    /**
     * Row locks taken in username order: two transactions lock in the same order, so they queue rather
     * than deadlock, and the second reads the rows as the first committed them.
     */
    @Override
    public List<User> listAllForUpdate() {
        return sql.query("SELECT " + COLUMNS + " FROM users WHERE tenant_id = :tenant ORDER BY username FOR UPDATE")
                .map((row, context) -> toUser(row))
                .list();
    }

    private Update bindUser(Update update, User user) {
        return update.bind("id", user.id().value())
                .bind("username", user.username().value())
                .bind("passwordHash", user.passwordHash().encoded())
                .bind("role", user.role().code())
                .bind("active", user.active())
                .bind("createdAt", Columns.utc(user.createdAt()));
    }

    private static User toUser(ResultSet row) throws SQLException {
        return new User(new UserId(Columns.uuid(row, "id")), Username.of(row.getString("username")),
                new PasswordHash(row.getString("password_hash")), Role.fromCode(row.getString("role")),
                row.getBoolean("is_active"), Columns.instant(row, "created_at"));
    }
}
