package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.ChatWaitStore;
import io.aggregator.domain.analytics.ChatWait;
import io.aggregator.domain.chat.ChatId;
import java.util.Optional;

final class JdbiChatWaitStore implements ChatWaitStore {
    private final TenantStatements sql;

    JdbiChatWaitStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public Optional<ChatWait> find(ChatId chat) {
        return sql.query("""
                        SELECT bot_wait_since, manager_wait_since, last_active_day FROM chat_waits
                        WHERE tenant_id = :tenant AND chat_id = :chat""")
                .bind("chat", chat.value())
                .map((row, context) -> new ChatWait(Columns.instant(row, "bot_wait_since"),
                        Columns.instant(row, "manager_wait_since"),
                        row.getObject("last_active_day", java.time.LocalDate.class)))
                .findOne();
    }

    @Override
    public void save(ChatId chat, ChatWait wait) {
        sql.update("""
                        INSERT INTO chat_waits (tenant_id, chat_id, bot_wait_since, manager_wait_since, last_active_day)
                        VALUES (:tenant, :chat, :bot, :manager, :day)
                        ON CONFLICT (tenant_id, chat_id) DO UPDATE SET bot_wait_since = EXCLUDED.bot_wait_since,
                            manager_wait_since = EXCLUDED.manager_wait_since,
                            last_active_day = EXCLUDED.last_active_day""")
                .bind("chat", chat.value())
                .bind("bot", Columns.utc(wait.botWaitSince()))
                .bind("manager", Columns.utc(wait.managerWaitSince()))
                .bind("day", wait.lastActiveDay())
                .execute();
    }
}
