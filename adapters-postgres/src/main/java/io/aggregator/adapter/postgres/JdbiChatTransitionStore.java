package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.ChatTransitionStore;
import io.aggregator.domain.Uuids;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.conversation.Actor;
import io.aggregator.domain.conversation.ChatTransition;
import io.aggregator.domain.conversation.Reason;
import io.aggregator.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

final class JdbiChatTransitionStore implements ChatTransitionStore {
    private final TenantStatements sql;

    JdbiChatTransitionStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public void add(ChatId chatId, ChatTransition transition, Instant happenedAt) {
        SqlErrors.translate(() -> sql.update("""
                        INSERT INTO chat_transitions (tenant_id, id, chat_id, from_mode, to_mode, reason, caused_by,
                            manager_user_id, happened_at)
                        VALUES (:tenant, :id, :chatId, :from, :to, :reason, :causedBy, CAST(:manager AS uuid), :at)""")
                .bind("id", Uuids.timeOrdered())
                .bind("chatId", chatId.value())
                .bind("from", transition.from().code())
                .bind("to", transition.to().code())
                .bind("reason", transition.reason().code())
                .bind("causedBy", transition.causedBy().kind().code())
                .bind("manager", transition.causedBy().managerUserId() == null ? null
                        : transition.causedBy().managerUserId().value())
                .bind("at", Columns.utc(happenedAt))
                .execute());
    }

    @Override
    public List<Recorded> listByChat(ChatId chatId) {
        return sql.query("""
                        SELECT chat_id, from_mode, to_mode, reason, caused_by, manager_user_id, happened_at
                        FROM chat_transitions WHERE tenant_id = :tenant AND chat_id = :chatId ORDER BY happened_at, id""")
                .bind("chatId", chatId.value())
                .map((row, context) -> toRecorded(row))
                .list();
    }

    private static Recorded toRecorded(ResultSet row) throws SQLException {
        UUID manager = Columns.uuid(row, "manager_user_id");
        Author kind = Author.fromCode(row.getString("caused_by"));
        Actor actor = kind == Author.MANAGER ? Actor.manager(new UserId(manager)) : new Actor(kind, null);
        return new Recorded(new ChatId(Columns.uuid(row, "chat_id")), new ChatTransition(
                ChatMode.fromCode(row.getString("from_mode")), ChatMode.fromCode(row.getString("to_mode")),
                Reason.fromCode(row.getString("reason")), actor), Columns.instant(row, "happened_at"));
    }
}
