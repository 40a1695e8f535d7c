package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.ChatStore;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Customer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

final class JdbiChatStore implements ChatStore {
    static final String COLUMNS = "id, channel, channel_chat_id, customer_name, customer_username, "
            + "customer_phone, mode, bot_replies_since_handover, hidden, created_at, last_message_at, "
            + "last_customer_message_at";

    private final TenantStatements sql;

    JdbiChatStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public void add(Chat chat) {
        SqlErrors.translate(() -> bindChat(sql.update(
                "INSERT INTO chats (tenant_id, " + COLUMNS + ", updated_at) VALUES (:tenant, :id, :channel, "
                        + ":channelChatId, :customerName, :customerUsername, :customerPhone, :mode, "
                        + ":botRepliesSinceHandover, :hidden, "
                        + ":createdAt, :lastMessageAt, :lastCustomerMessageAt, :createdAt)"), chat)
                .execute());
    }

    @Override
    public boolean update(Chat chat) {
        return SqlErrors.translate(() -> bindChat(sql.update("""
                        UPDATE chats SET channel = :channel, channel_chat_id = :channelChatId,
                            customer_name = :customerName, customer_username = :customerUsername,
                            customer_phone = :customerPhone, mode = :mode,
                            bot_replies_since_handover = :botRepliesSinceHandover, hidden = :hidden,
                            last_message_at = :lastMessageAt, last_customer_message_at = :lastCustomerMessageAt,
                            updated_at = now()
                        WHERE tenant_id = :tenant AND id = :id"""), chat)
                .execute()) == 1;
    }

    @Override
    public Optional<Chat> findById(ChatId id) {
        return byId(id, "");
    }

    @Override
    public Optional<Chat> lockById(ChatId id) {
        return byId(id, " FOR NO KEY UPDATE");
    }

    @Override
    public Optional<Chat> findByChannelChatId(Channel channel, String channelChatId) {
        return byChannelChatId(channel, channelChatId, "");
    }

    @Override
    public Optional<Chat> lockByChannelChatId(Channel channel, String channelChatId) {
        return byChannelChatId(channel, channelChatId, " FOR NO KEY UPDATE");
    }

    /**
     * FOR NO KEY UPDATE, the lock an UPDATE of the row takes anyway: it leaves alone the key-share
     * locks that inserting a chat's messages takes on it through their foreign key.
     */
    private Optional<Chat> byId(ChatId id, String lock) {
        return sql.query("SELECT " + COLUMNS + " FROM chats WHERE tenant_id = :tenant AND id = :id" + lock)
                .bind("id", id.value())
                .map((row, context) -> toChat(row))
                .findOne();
    }

    private Optional<Chat> byChannelChatId(Channel channel, String channelChatId, String lock) {
        return sql.query("SELECT " + COLUMNS + " FROM chats "
                        + "WHERE tenant_id = :tenant AND channel = :channel AND channel_chat_id = :channelChatId" + lock)
                .bind("channel", channel.code())
                .bind("channelChatId", channelChatId)
                .map((row, context) -> toChat(row))
                .findOne();
    }

    private Update bindChat(Update update, Chat chat) {
        return update.bind("id", chat.id().value())
                .bind("channel", chat.channel().code())
                .bind("channelChatId", chat.channelChatId())
                .bind("customerName", chat.customer().displayName())
                .bind("customerUsername", chat.customer().username())
                .bind("customerPhone", chat.customer().phone())
                .bind("mode", chat.mode().code())
                .bind("botRepliesSinceHandover", chat.botRepliesSinceHandover())
                .bind("hidden", chat.hidden())
                .bind("createdAt", Columns.utc(chat.createdAt()))
                .bind("lastMessageAt", Columns.utc(chat.lastMessageAt()))
                .bind("lastCustomerMessageAt", Columns.utc(chat.lastCustomerMessageAt()));
    }

    static Chat toChat(ResultSet row) throws SQLException {
        return new Chat(new ChatId(Columns.uuid(row, "id")), Channel.of(row.getString("channel")),
                row.getString("channel_chat_id"),
                new Customer(row.getString("customer_name"), row.getString("customer_username"),
                        row.getString("customer_phone")),
                ChatMode.fromCode(row.getString("mode")), row.getInt("bot_replies_since_handover"),
                row.getBoolean("hidden"),
                Columns.instant(row, "created_at"), Columns.instant(row, "last_message_at"),
                Columns.instant(row, "last_customer_message_at"));
    }


    @Override
    public List<Chat> lockHandedOverSilentSince(Instant silentSince, int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM chats WHERE tenant_id = :tenant AND mode = 'manager' "
                        + "AND last_customer_message_at < :silentSince ORDER BY last_customer_message_at LIMIT :limit "
                        + "FOR UPDATE SKIP LOCKED")
                .bind("silentSince", Columns.utc(silentSince))
                .bind("limit", limit)
                .map((row, context) -> toChat(row))
                .list();
    }
}
