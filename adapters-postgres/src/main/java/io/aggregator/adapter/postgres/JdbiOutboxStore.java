package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.application.port.out.OutboxStore;
import io.aggregator.domain.Coded;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.MessageId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class JdbiOutboxStore implements OutboxStore {
    private static final String COLUMNS = "id, kind, chat_id, message_id, status, attempts, next_attempt_at, "
            + "last_error, created_at, sent_at";

    private final TenantStatements sql;

    JdbiOutboxStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public void add(OutboxEntry entry) {
        SqlErrors.translate(() -> sql.update("INSERT INTO outbox (tenant_id, " + COLUMNS + ") VALUES (:tenant, :id, "
                        + ":kind, :chatId, :messageId, :status, :attempts, :nextAttemptAt, :lastError, :createdAt, :sentAt)")
                .bind("id", entry.id())
                .bind("kind", entry.kind().code())
                .bind("chatId", entry.chatId().value())
                .bind("messageId", entry.messageId().value())
                .bind("status", entry.status().code())
                .bind("attempts", entry.attempts())
                .bind("nextAttemptAt", Columns.utc(entry.nextAttemptAt()))
                .bind("lastError", entry.lastError())
                .bind("createdAt", Columns.utc(entry.createdAt()))
                .bind("sentAt", Columns.utc(entry.sentAt()))
                .execute());
    }

    @Override
    public List<OutboxEntry> listByChat(ChatId chatId) {
        return sql.query("SELECT " + COLUMNS + " FROM outbox WHERE tenant_id = :tenant AND chat_id = :chatId "
                        + "ORDER BY created_at, id")
                .bind("chatId", chatId.value())
                .map((row, context) -> toEntry(row))
                .list();
    }

    @Override
    public Optional<OutboxEntry> findById(UUID id) {
        return sql.query("SELECT " + COLUMNS + " FROM outbox WHERE tenant_id = :tenant AND id = :id")
                .bind("id", id)
                .map((row, context) -> toEntry(row))
                .findOne();
    }

    @Override
    public List<OutboxEntry> listFailed(int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM outbox WHERE tenant_id = :tenant AND status = 'failed' "
                        + "ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((row, context) -> toEntry(row))
                .list();
    }

    @Override
    public boolean release(OutboxEntry settled, UUID claimToken) {
        return sql.update("""
                        UPDATE outbox SET status = :status, attempts = :attempts, next_attempt_at = :nextAttemptAt,
                            last_error = :lastError, sent_at = :sentAt, claim_token = NULL
                        WHERE tenant_id = :tenant AND id = :id AND claim_token = :token""")
                .bind("id", settled.id())
                .bind("token", claimToken)
                .bind("status", settled.status().code())
                .bind("attempts", settled.attempts())
                .bind("nextAttemptAt", Columns.utc(settled.nextAttemptAt()))
                .bind("lastError", settled.lastError())
                .bind("sentAt", Columns.utc(settled.sentAt()))
                .execute() == 1;
    }

    @Override
    public Optional<OutboxEntry> retryFailed(UUID id, Instant now) {
        return sql.query("UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = :now, "
                        + "claim_token = NULL WHERE tenant_id = :tenant AND id = :id AND status = 'failed' "
                        + "RETURNING " + COLUMNS)
                .bind("id", id)
                .bind("now", Columns.utc(now))
                .map((row, context) -> toEntry(row))
                .findOne();
    }

    static OutboxEntry toEntry(ResultSet row) throws SQLException {
        return new OutboxEntry(Columns.uuid(row, "id"),
                Coded.parse(OutboxEntry.Kind.class, "kind", row.getString("kind")),
                new ChatId(Columns.uuid(row, "chat_id")), new MessageId(Columns.uuid(row, "message_id")),
                Coded.parse(OutboxEntry.Status.class, "status", row.getString("status")), row.getInt("attempts"),
                Columns.instant(row, "next_attempt_at"), row.getString("last_error"),
                Columns.instant(row, "created_at"), Columns.instant(row, "sent_at"));
    }
}
