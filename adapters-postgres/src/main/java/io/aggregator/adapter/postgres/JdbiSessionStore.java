package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.SessionStore;
import io.aggregator.domain.access.Session;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Sessions of the running scope: {@code sessions} (tenant-owned) in a tenant transaction,
 * {@code platform_sessions} in a platform one. Same columns; the tenant condition is the difference.
 */
final class JdbiSessionStore implements SessionStore {
    private static final String COLUMNS = "token_hash, user_id, csrf_token_hash, created_at, expires_at";

    private final JdbiTransactions transactions;

    JdbiSessionStore(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    /** The table and the condition that keeps to the scope's rows. */
    private record Scope(TenantId tenant, String table, String condition) {
        <S extends SqlStatement<S>> S bind(S statement) {
            return tenant == null ? statement : statement.bind("tenant", tenant.value());
        }
    }

    private Scope scope() {
        TenantId tenant = transactions.scopeTenant();
        return tenant == null
                ? new Scope(null, "platform_sessions", "TRUE")
                : new Scope(tenant, "sessions", "tenant_id = :tenant");
    }

    @Override
    public void add(Session session) {
        Scope scope = scope();
        String tenantColumn = scope.tenant() == null ? "" : "tenant_id, ";
        String tenantValue = scope.tenant() == null ? "" : ":tenant, ";
        SqlErrors.translate(() -> scope.bind(transactions.handle().createUpdate(
                        "INSERT INTO " + scope.table() + " (" + tenantColumn + COLUMNS + ") VALUES (" + tenantValue
                                + ":tokenHash, :userId, :csrfHash, :createdAt, :expiresAt)"))
                .bind("tokenHash", session.tokenHash())
                .bind("userId", session.userId().value())
                .bind("csrfHash", session.csrfTokenHash())
                .bind("createdAt", Columns.utc(session.createdAt()))
                .bind("expiresAt", Columns.utc(session.expiresAt()))
                .execute());
    }

    @Override
    public Optional<Session> find(String tokenHash) {
        Scope scope = scope();
        return scope.bind(transactions.handle().createQuery("SELECT " + COLUMNS + " FROM " + scope.table()
                        + " WHERE " + scope.condition() + " AND token_hash = :tokenHash"))
                .bind("tokenHash", tokenHash)
                .map((row, context) -> toSession(row))
                .findOne();
    }

    @Override
    public boolean delete(String tokenHash) {
        Scope scope = scope();
        return scope.bind(transactions.handle().createUpdate("DELETE FROM " + scope.table()
                        + " WHERE " + scope.condition() + " AND token_hash = :tokenHash"))
                .bind("tokenHash", tokenHash)
                .execute() == 1;
    }

    @Override
    public int deleteAllOf(UserId user, String keptTokenHash) {
        Scope scope = scope();
        return scope.bind(transactions.handle().createUpdate("DELETE FROM " + scope.table() + " WHERE "
                        + scope.condition() + " AND user_id = :userId AND token_hash IS DISTINCT FROM :kept"))
                .bind("userId", user.value())
                .bind("kept", keptTokenHash)
                .execute();
    }

    @Override
    public int deleteExpired(Instant now) {
        Scope scope = scope();
        return scope.bind(transactions.handle().createUpdate("DELETE FROM " + scope.table() + " WHERE "
                        + scope.condition() + " AND expires_at <= :now"))
                .bind("now", Columns.utc(now))
                .execute();
    }

    private static Session toSession(ResultSet row) throws SQLException {
        return new Session(row.getString("token_hash"), new UserId(Columns.uuid(row, "user_id")),
                row.getString("csrf_token_hash"), Columns.instant(row, "created_at"),
                Columns.instant(row, "expires_at"));
    }
}
