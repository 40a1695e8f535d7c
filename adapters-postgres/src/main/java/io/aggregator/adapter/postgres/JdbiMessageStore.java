package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.MessageCursor;
import io.aggregator.application.port.out.MessageStore;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Delivery;
import io.aggregator.domain.chat.DeliveryStatus;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

final class JdbiMessageStore implements MessageStore {
    private static final String COLUMNS = "id, chat_id, author, source, author_user_id, text, "
            + "attachments::text AS attachments, channel_message_id, sent_at, created_at, delivery_status, "
            + "delivery_error, delivery_updated_at";

    private final TenantStatements sql;

    JdbiMessageStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    private static final String INSERT = """
            INSERT INTO messages (tenant_id, id, chat_id, author, source, author_user_id, text, attachments,
                channel_message_id, sent_at, created_at, delivery_status, delivery_error, delivery_updated_at)
            VALUES (:tenant, :id, :chatId, :author, :source, CAST(:authorUserId AS uuid), :text,
                CAST(:attachments AS jsonb), :channelMessageId, :sentAt, :createdAt, :deliveryStatus,
                :deliveryError, :deliveryUpdatedAt)
            """;

    @Override
    public boolean addIfNew(Message message) {
        // ON CONFLICT on the unique key makes a racing duplicate wait for the first and then do nothing
        int inserted = SqlErrors.translate(() -> bindMessage(
                sql.update(INSERT + "ON CONFLICT ON CONSTRAINT messages_channel_message_key DO NOTHING"), message)
                .execute());
        return inserted == 1;
    }

    @Override
    public int addAllIfAbsent(List<Message> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        // a batch's counts are not reliable (the driver may answer "no info"), so count what was there first
        int present = sql.query("SELECT count(*) FROM messages WHERE tenant_id = :tenant AND id = ANY(:ids)")
                .bindArray("ids", UUID.class, messages.stream().map(message -> message.id().value()).toList())
                .mapTo(Integer.class)
                .one();
        SqlErrors.translate(() -> sql.batch(INSERT + "ON CONFLICT ON CONSTRAINT messages_pkey DO NOTHING",
                messages, JdbiMessageStore::bindMessage));
        return messages.size() - present;
    }

    /** JDBI sends a null UUID as text, hence the cast in the statement. */
    private static <S extends SqlStatement<S>> S bindMessage(S statement, Message message) {
        return statement.bind("id", message.id().value())
                .bind("chatId", message.chatId().value())
                .bind("author", message.author().code())
                .bind("source", message.source() == null ? null : message.source().code())
                .bind("authorUserId", message.authorUserId() == null ? null : message.authorUserId().value())
                .bind("text", message.text())
                .bind("attachments", JsonColumns.attachments(message.attachments()))
                .bind("channelMessageId", message.channelMessageId())
                .bind("sentAt", Columns.utc(message.sentAt()))
                .bind("createdAt", Columns.utc(message.createdAt()))
                .bind("deliveryStatus", message.delivery() == null ? null : message.delivery().status().code())
                .bind("deliveryError", message.delivery() == null ? null : message.delivery().error())
                .bind("deliveryUpdatedAt", message.delivery() == null ? null
                        : Columns.utc(message.delivery().updatedAt()));
    }

    @Override
    public Optional<Message> findById(MessageId id) {
        return select("WHERE tenant_id = :tenant AND id = :id")
                .bind("id", id.value())
                .map((row, context) -> toMessage(row))
                .findOne();
    }

    @Override
    public Optional<Message> findByChannelMessageId(ChatId chatId, String channelMessageId) {
        return select("WHERE tenant_id = :tenant AND chat_id = :chatId AND channel_message_id = :channelMessageId")
                .bind("chatId", chatId.value())
                .bind("channelMessageId", channelMessageId)
                .map((row, context) -> toMessage(row))
                .findOne();
    }

    @Override
    public List<Message> listBefore(ChatId chatId, MessageCursor before, int limit) {
        // a row comparison on the index's own columns: each page is one index range scan, at any depth
        String position = before == null ? "" : " AND (created_at, id) < (:beforeCreatedAt, :beforeId)";
        Query query = select("WHERE tenant_id = :tenant AND chat_id = :chatId" + position
                + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bind("chatId", chatId.value())
                .bind("limit", limit);
        if (before != null) {
            query.bind("beforeCreatedAt", Columns.utc(before.createdAt())).bind("beforeId", before.id().value());
        }
        return query.map((row, context) -> toMessage(row)).list();
    }

    @Override
    public List<Message> listAfter(ChatId chatId, MessageCursor after, int limit) {
        // the same index, scanned forwards
        return select("WHERE tenant_id = :tenant AND chat_id = :chatId"
                + " AND (created_at, id) > (:afterCreatedAt, :afterId) ORDER BY created_at, id LIMIT :limit")
                .bind("chatId", chatId.value())
                .bind("afterCreatedAt", Columns.utc(after.createdAt()))
                .bind("afterId", after.id().value())
                .bind("limit", limit)
                .map((row, context) -> toMessage(row))
                .list();
    }

    @Override
    public void updateDelivery(MessageId id, Delivery delivery) {
        sql.update("""
                        UPDATE messages SET delivery_status = :status, delivery_error = :error,
                            delivery_updated_at = :updatedAt
                        WHERE tenant_id = :tenant AND id = :id""")
                .bind("id", id.value())
                .bind("status", delivery.status().code())
                .bind("error", delivery.error())
                .bind("updatedAt", Columns.utc(delivery.updatedAt()))
                .execute();
    }

    private Query select(String condition) {
        return sql.query("SELECT " + COLUMNS + " FROM messages " + condition);
    }

    private static Message toMessage(ResultSet row) throws SQLException {
        String source = row.getString("source");
        UUID authorUserId = Columns.uuid(row, "author_user_id");
        return new Message(new MessageId(Columns.uuid(row, "id")), new ChatId(Columns.uuid(row, "chat_id")),
                Author.fromCode(row.getString("author")), source == null ? null : AnswerSource.fromCode(source),
                authorUserId == null ? null : new UserId(authorUserId), row.getString("text"),
                JsonColumns.attachments(row.getString("attachments")), row.getString("channel_message_id"),
                Columns.instant(row, "sent_at"), Columns.instant(row, "created_at"), delivery(row));
    }

    private static Delivery delivery(ResultSet row) throws SQLException {
        String status = row.getString("delivery_status");
        return status == null ? null : new Delivery(DeliveryStatus.fromCode(status), row.getString("delivery_error"),
                Columns.instant(row, "delivery_updated_at"));
    }
}
