package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.AiTurn;
import io.aggregator.application.port.out.AiTurnStore;
import io.aggregator.domain.Coded;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.MessageId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

final class JdbiAiTurnStore implements AiTurnStore {
    private static final String COLUMNS = "id, chat_id, message_id, state, asked_at, deadline_at, finished_at, "
            + "details::text AS details";

    private final TenantStatements sql;

    JdbiAiTurnStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public void add(AiTurn turn) {
        SqlErrors.translate(() -> sql.update("""
                        INSERT INTO ai_turns (tenant_id, id, chat_id, message_id, state, asked_at, deadline_at,
                            finished_at, details)
                        VALUES (:tenant, :id, :chatId, :messageId, :state, :askedAt, :deadlineAt, :finishedAt,
                            CAST(:details AS jsonb))""")
                .bind("id", turn.id())
                .bind("chatId", turn.chatId().value())
                .bind("messageId", turn.messageId().value())
                .bind("state", turn.state().code())
                .bind("askedAt", Columns.utc(turn.askedAt()))
                .bind("deadlineAt", Columns.utc(turn.deadlineAt()))
                .bind("finishedAt", Columns.utc(turn.finishedAt()))
                .bind("details", details(turn))
                .execute());
    }

    @Override
    public Optional<AiTurn> lock(UUID id) {
        return select("WHERE tenant_id = :tenant AND id = :id FOR UPDATE", id);
    }

    @Override
    public Optional<AiTurn> lockIfWaiting(UUID id) {
        return select("WHERE tenant_id = :tenant AND id = :id AND state = 'waiting' FOR UPDATE SKIP LOCKED", id);
    }

    @Override
    public Optional<AiTurn> find(UUID id) {
        return select("WHERE tenant_id = :tenant AND id = :id", id);
    }

    @Override
    public void update(AiTurn turn) {
        sql.update("""
                        UPDATE ai_turns SET state = :state, finished_at = :finishedAt, details = CAST(:details AS jsonb)
                        WHERE tenant_id = :tenant AND id = :id""")
                .bind("id", turn.id())
                .bind("state", turn.state().code())
                .bind("finishedAt", Columns.utc(turn.finishedAt()))
                .bind("details", details(turn))
                .execute();
    }

    @Override
    public int supersedeWaiting(ChatId chatId, Instant askedBefore, Instant now) {
        String before = askedBefore == null ? "" : " AND asked_at < :askedBefore";
        var update = sql.update("UPDATE ai_turns SET state = 'superseded', finished_at = :now "
                        + "WHERE tenant_id = :tenant AND chat_id = :chatId AND state = 'waiting'" + before)
                .bind("chatId", chatId.value())
                .bind("now", Columns.utc(now));
        if (askedBefore != null) {
            update.bind("askedBefore", Columns.utc(askedBefore));
        }
        return update.execute();
    }

    private Optional<AiTurn> select(String condition, UUID id) {
        return sql.query("SELECT " + COLUMNS + " FROM ai_turns " + condition)
                .bind("id", id)
                .map((row, context) -> toTurn(row))
                .findOne();
    }

    private static String details(AiTurn turn) {
        return turn.details().isEmpty() ? null : JsonColumns.object(turn.details());
    }

    private static AiTurn toTurn(ResultSet row) throws SQLException {
        return new AiTurn(Columns.uuid(row, "id"), new ChatId(Columns.uuid(row, "chat_id")),
                new MessageId(Columns.uuid(row, "message_id")),
                Coded.parse(AiTurn.State.class, "state", row.getString("state")), Columns.instant(row, "asked_at"),
                Columns.instant(row, "deadline_at"), Columns.instant(row, "finished_at"),
                JsonColumns.object(row.getString("details")));
    }
}
