package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.InboxPage;
import io.aggregator.application.port.out.InboxQuery;
import io.aggregator.application.port.out.InboxRow;
import io.aggregator.application.port.out.InboxStats;
import io.aggregator.application.port.out.InboxStore;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.ChatId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;

final class JdbiInboxStore implements InboxStore {
    /**
     * The chat with its unread counter and its last message, found by the history index
     * {@code messages_chat_history}: one short index scan per listed chat, not a read of the history.
     * The preview's columns have names of their own, so the chat's columns stay unambiguous.
     */
    private static final String ROWS = "SELECT " + JdbiChatStore.COLUMNS + ", unread_count, "
            + "last.last_author, last.last_text, last.last_created_at FROM chats "
            + "LEFT JOIN LATERAL (SELECT m.author AS last_author, left(m.text, " + InboxRow.Preview.MAX_TEXT_LENGTH
            + ") AS last_text, m.created_at AS last_created_at FROM messages m "
            + "WHERE m.tenant_id = chats.tenant_id AND m.chat_id = chats.id "
            + "ORDER BY m.created_at DESC, m.id DESC LIMIT 1) last ON true ";

    private final TenantStatements sql;

    JdbiInboxStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public InboxPage page(InboxQuery query) {
        StringBuilder where = new StringBuilder("WHERE tenant_id = :tenant AND hidden = :hidden");
        if (query.mode() != null) {
            where.append(" AND mode = :mode");
        }
        if (query.channel() != null) {
            where.append(" AND channel = :channel");
        }
        if (query.unreadOnly()) {
            where.append(" AND unread_count > 0");
        }
        if (query.search() != null) {
            // backslash is LIKE's default escape character; a NULL name simply does not match
            where.append(" AND (customer_name ILIKE :pattern OR customer_username ILIKE :pattern"
                    + " OR EXISTS (SELECT 1 FROM messages s WHERE s.tenant_id = chats.tenant_id"
                    + " AND s.chat_id = chats.id AND s.text ILIKE :pattern))");
        }
        if (query.after() != null) {
            // a row comparison on the index chats_inbox's own columns: one index range scan at any depth
            where.append(" AND (last_message_at, id) < (:afterAt, :afterId)");
        }
        Query select = sql.query(ROWS + where + " ORDER BY last_message_at DESC, id DESC LIMIT :limit")
                .bind("hidden", query.hidden())
                .bind("limit", query.limit() + 1);
        if (query.mode() != null) {
            select.bind("mode", query.mode().code());
        }
        if (query.channel() != null) {
            select.bind("channel", query.channel().code());
        }
        if (query.search() != null) {
            select.bind("pattern", "%" + literalForLike(query.search()) + "%");
        }
        if (query.after() != null) {
            select.bind("afterAt", Columns.utc(query.after().lastMessageAt()))
                    .bind("afterId", query.after().id().value());
        }
        return InboxPage.of(select.map((row, context) -> toRow(row)).list(), query.limit());
    }

    /** The text matched as it is: LIKE's wildcards and its escape character lose their meaning. */
    private static String literalForLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public Optional<InboxRow> find(ChatId id) {
        return sql.query(ROWS + "WHERE tenant_id = :tenant AND id = :id")
                .bind("id", id.value())
                .map((row, context) -> toRow(row))
                .findOne();
    }

    @Override
    public boolean addUnread(ChatId id) {
        return sql.update("UPDATE chats SET unread_count = unread_count + 1 WHERE tenant_id = :tenant AND id = :id")
                .bind("id", id.value())
                .execute() == 1;
    }

    @Override
    public boolean markRead(ChatId id) {
        return sql.update("UPDATE chats SET unread_count = 0 WHERE tenant_id = :tenant AND id = :id")
                .bind("id", id.value())
                .execute() == 1;
    }

    @Override
    public InboxStats stats(Instant dayStart) {
        long messagesToday = sql.query("SELECT count(*) FROM messages "
                        + "WHERE tenant_id = :tenant AND created_at >= :from AND created_at < :until")
                .bind("from", Columns.utc(dayStart))
                .bind("until", Columns.utc(dayStart.plus(1, ChronoUnit.DAYS)))
                .mapTo(Long.class)
                .one();
        return sql.query("""
                        SELECT count(*) AS chats,
                            count(*) FILTER (WHERE mode = 'bot') AS bot,
                            count(*) FILTER (WHERE mode = 'awaiting_confirmation') AS awaiting,
                            count(*) FILTER (WHERE mode = 'manager') AS manager,
                            count(*) FILTER (WHERE mode IN ('manager', 'awaiting_confirmation')
                                AND unread_count > 0) AS waiting,
                            coalesce(sum(unread_count), 0) AS unread
                        FROM chats WHERE tenant_id = :tenant""")
                .map((row, context) -> new InboxStats(row.getLong("chats"), row.getLong("bot"),
                        row.getLong("awaiting"), row.getLong("manager"), row.getLong("waiting"), row.getLong("unread"),
                        messagesToday))
                .one();
    }

    private static InboxRow toRow(ResultSet row) throws SQLException {
        String lastAuthor = row.getString("last_author");
        return new InboxRow(JdbiChatStore.toChat(row), row.getInt("unread_count"), lastAuthor == null ? null
                : new InboxRow.Preview(Author.fromCode(lastAuthor), row.getString("last_text"),
                        Columns.instant(row, "last_created_at")));
    }
}
