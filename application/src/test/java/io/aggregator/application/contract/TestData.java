package io.aggregator.application.contract;

import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.Delivery;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantStatus;
import io.aggregator.domain.user.PasswordHash;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Builders for valid domain objects; every test gets tenants of its own, so tests never see each other. */
public final class TestData {
    /** Microsecond precision, as PostgreSQL stores timestamps. */
    public static final Instant NOW = Instant.parse("2026-11-27T10:15:30.123456Z");

    private TestData() {
    }

    public static TenantId randomTenantId() {
        return TenantId.of("t" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36));
    }

    public static Tenant tenant(TenantId id) {
        return new Tenant(id, "Tenant " + id, TenantStatus.ACTIVE, null, NOW);
    }

    public static Faq faq(String question, int priority, boolean active) {
        return new Faq(FaqId.newId(), question, "Answer to " + question, Keywords.parse("hours, opening"),
                priority, active);
    }

    public static Chat chat(String channelChatId) {
        return new Chat(ChatId.newId(), Channel.of("telegram"), channelChatId,
                new Customer("Ann Lee", "annlee", "+4915112345678"), io.aggregator.domain.chat.ChatMode.BOT,
                1, false, NOW, NOW, NOW);
    }

    public static Message customerMessage(ChatId chat, String channelMessageId, Instant at) {
        return new Message(MessageId.newId(), chat, Author.CUSTOMER, null, null, "Hello at " + at, List.of(),
                channelMessageId, at.minus(1, ChronoUnit.SECONDS), at, null);
    }

    public static Message botMessage(ChatId chat, AnswerSource source, Instant at) {
        return new Message(MessageId.newId(), chat, Author.BOT, source, null, "We open 7am-9pm daily", List.of(),
                null, at, at, Delivery.pending(at));
    }

    public static PlatformAdmin platformAdmin() {
        return new PlatformAdmin(UserId.newId(), Username.of("root-" + randomTenantId().value()),
                new PasswordHash("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"), NOW);
    }

    /** A stand-in for a token hash: hex SHA-256. */
    public static String hash(String text) {
        return io.aggregator.domain.access.AccessToken.sha256(text);
    }

    public static User user(String username, Role role) {
        return new User(UserId.newId(), Username.of(username),
                new PasswordHash("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"), role, true, NOW);
    }
}
