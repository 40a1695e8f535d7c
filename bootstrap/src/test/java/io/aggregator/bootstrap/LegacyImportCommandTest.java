package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aggregator.adapter.postgres.PostgresPersistence;
import io.aggregator.adapter.postgres.TestDatabase;
import io.aggregator.adapter.security.BcryptPasswordHasher;
import io.aggregator.application.port.out.InboxQuery;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.DeliveryStatus;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.Username;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code import-legacy} against old databases built on real PostgreSQL as the single-tenant system
 * created them: the single-tenant one goes to tenant {@code default}, a variant with {@code tenant_id}
 * columns to its tenants; a second run changes nothing; a tenant that fails keeps nothing until a
 * later run completes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacyImportCommandTest {
    private static final TenantId DEFAULT = TenantId.of("default");
    private static final String OLGA_PASSWORD = "old password from 2019";
    private static final String PETR_PASSWORD = "another old password";
    private static final String SYSTEM_MESSAGE = "Ты — вежливый помощник кофейни «Зерно» ☕";
    private static final String FAQ_TEXT = """
            Вопрос: Сколько стоит доставка?
            Ответ: Бесплатно от 1000 ₽,
            иначе 200 ₽ 🚚

            Вопрос: Вы работаете в выходные?
            Ответ: Да, с 10 до 18.
            """;

    private final TestDatabase target = TestDatabase.get();
    private final PostgresPersistence persistence = target.persistence();
    private final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    private final List<String> legacyDatabases = new ArrayList<>();
    private String singleTenant;
    private String variant;

    @BeforeAll
    void buildTheOldDatabases() throws SQLException {
        singleTenant = createDatabase("legacy_single_" + suffix);
        run(singleTenant, singleTenantSchemaAndData());
        variant = createDatabase("legacy_variant_" + suffix);
        run(variant, variantSchemaAndData());
    }

    @AfterAll
    void dropTheOldDatabases() throws SQLException {
        for (String database : legacyDatabases) {
            run("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void theSingleTenantDatabaseLandsInTenantDefaultWithNothingLost_andASecondRunChangesNothing() throws Exception {
        String oldDatabaseBefore = fingerprint(singleTenant);

        Run first = importFrom(singleTenant);

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("tenant default (created)", "result: imported and checked")
                .containsPattern("chats +6 +0 +6 +0 +6")
                .containsPattern("messages +12 +0 +11 +1 +11")
                .containsPattern("users +3 +0 +2 +1 +2")
                .contains("skipped: message", "it has no text", "skipped: user 'Bad Name!'",
                        "the FAQ text (", "became 2 FAQs", "1 chats had tags", "1 messages were images");
        assertThat(fingerprint(singleTenant)).isEqualTo(oldDatabaseBefore);

        Chat ivan = chat("11111111-1111-1111-1111-111111111111");
        assertThat(ivan).extracting(Chat::mode, c -> c.channel().code(), Chat::channelChatId, Chat::hidden,
                c -> c.customer().displayName()).containsExactly(ChatMode.BOT, "telegram", "123456789", false, "Иван");
        assertThat(history(ivan.id())).extracting(Message::author, Message::source, Message::text).containsExactly(
                tuple(Author.CUSTOMER, null, "Здравствуйте! Сколько стоит доставка? 🚚"),
                tuple(Author.BOT, AnswerSource.AI, "Доставка бесплатная от 1000 ₽ 😊"),
                tuple(Author.CUSTOMER, null, "Спасибо!\nА самовывоз есть?"),
                tuple(Author.BOT, AnswerSource.AI, "Да, ул. Ленина, 5 📍"));
        assertThat(history(ivan.id()).get(0).createdAt().toString()).isEqualTo("2023-05-01T10:00:00Z");
        assertThat(history(ivan.id()).get(1).delivery().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(chat("22222222-2222-2222-2222-222222222222").hidden()).isTrue();
        assertThat(chat("33333333-3333-3333-3333-333333333333").mode()).isEqualTo(ChatMode.AWAITING_CONFIRMATION);
        Chat waiting = chat("44444444-4444-4444-4444-444444444444");
        assertThat(waiting.mode()).isEqualTo(ChatMode.MANAGER);
        assertThat(history(waiting.id())).extracting(Message::author)
                .containsExactly(Author.CUSTOMER, Author.MANAGER);
        assertThat(chat("55555555-5555-5555-5555-555555555555")).extracting(Chat::mode, c -> c.channel().code(),
                Chat::channelChatId).containsExactly(ChatMode.MANAGER, "whatsapp", "79001234567");

        assertThat(inDefault(() -> persistence.settings().load())).get()
                .extracting(TenantSettings::systemMessage).isEqualTo(SYSTEM_MESSAGE);
        assertThat(inDefault(() -> persistence.faqs().listAll())).extracting(Faq::question, Faq::answer)
                .containsExactlyInAnyOrder(
                        tuple("Сколько стоит доставка?", "Бесплатно от 1000 ₽,\nиначе 200 ₽ 🚚"),
                        tuple("Вы работаете в выходные?", "Да, с 10 до 18."));
        assertThat(inDefault(() -> persistence.botSettings().listAll()))
                .containsEntry("faqs", FAQ_TEXT).containsEntry("system message for ai", SYSTEM_MESSAGE);

        User olga = inDefault(() -> persistence.users().findByUsername(Username.of("olga"))).orElseThrow();
        User petr = inDefault(() -> persistence.users().findByUsername(Username.of("petr"))).orElseThrow();
        BcryptPasswordHasher hasher = new BcryptPasswordHasher(10);
        assertThat(olga.passwordHash().encoded()).startsWith("$2y$");
        assertThat(hasher.matches(OLGA_PASSWORD, olga.passwordHash())).isTrue();
        assertThat(hasher.matches(PETR_PASSWORD, petr.passwordHash())).isTrue();
        assertThat(olga).extracting(User::role, User::active).containsExactly(Role.ADMIN, true);
        assertThat(petr).extracting(User::role, User::active).containsExactly(Role.MANAGER, false);
        assertThat(persistence.transactions().inPlatform(
                () -> persistence.platformAdmins().findByUsername(Username.of("olga")))).isEmpty();

        String stateAfterFirst = targetState(DEFAULT);
        Run second = importFrom(singleTenant);

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).doesNotContain("(created)").containsPattern("chats +6 +6 +0 +0 +6")
                .containsPattern("messages +12 +11 +0 +1 +11").containsPattern("users +3 +2 +0 +1 +2");
        assertThat(targetState(DEFAULT)).isEqualTo(stateAfterFirst);
    }

    @Test
    void eachTenantOfAVariantDatabaseIsImportedWhole_andAFailingOneKeepsNothingUntilTheNextRunCompletesIt()
            throws Exception {
        TenantId shop = TenantId.of("shop-" + suffix);
        TenantId bar = TenantId.of("bar-" + suffix);

        Run first = importFrom(variant);

        assertThat(first.exitCode()).as(first.output()).isEqualTo(LegacyImportCommand.EXIT_FAILED);
        assertThat(first.output()).contains("optional parts of the old database found: chats.tenant_id, "
                        + "messages.tenant_id, bot_settings.tenant_id, users, tenant_settings, faqs",
                "tenant " + bar + ": NOT IMPORTED", "cannot be kept: text: must be at most 20000 characters",
                "result: FAILED for 1 of 2 tenants");
        assertThat(persistence.transactions().inPlatform(() -> persistence.tenants().findById(bar))).isEmpty();
        assertThat(inTenant(shop, () -> persistence.settings().load())).get()
                .extracting(TenantSettings::systemMessage, TenantSettings::handoverMode, TenantSettings::language)
                .containsExactly("You are the shop's assistant.", HandoverMode.IMMEDIATE, Language.RU);
        assertThat(inTenant(shop, () -> persistence.faqs().listAll())).extracting(Faq::question)
                .containsExactly("When do you open?");
        assertThat(history(shop, chatOf("66666666-6666-6666-6666-666666666666"))).extracting(Message::text)
                .containsExactly("Hi from the shop", "Hello!");

        run(variant, "UPDATE messages SET message = 'shortened by the operator' WHERE length(message) > 20000");
        String shopAfterFirst = targetState(shop);
        Run second = importFrom(variant);

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(targetState(shop)).isEqualTo(shopAfterFirst);
        assertThat(second.output()).contains("tenant " + bar + " (created)",
                "has no question and answer structure this import reads: it is kept whole in bot_settings 'faqs'");
        assertThat(history(bar, chatOf("77777777-7777-7777-7777-777777777777"))).extracting(Message::text)
                .containsExactly("Есть столик на вечер?", "shortened by the operator");
        assertThat(inTenant(bar, () -> persistence.botSettings().get("faqs"))).contains("Мы открыты каждый день.");
    }

    @Test
    void withoutTheOldDatabasesUrlTheCommandSaysWhatToSetAndImportsNothing() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int exitCode = LegacyImportCommand.run(Map.of("DATABASE_URL", "mysql://nope"),
                new PrintStream(output, true, StandardCharsets.UTF_8), Clock.systemUTC());

        assertThat(exitCode).isEqualTo(Main.EXIT_BAD_CONFIGURATION);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("LEGACY_DATABASE_URL is required",
                "DATABASE_URL is not a PostgreSQL URL");
        assertThat(Main.command("import-everything")).isEqualTo(Main.EXIT_BAD_CONFIGURATION);
    }

    private record Run(int exitCode, String output) {
    }

    private Run importFrom(String legacyDatabase) {
        TestDatabase.Server server = target.server();
        var plan = target.plan();
        Map<String, String> environment = new HashMap<>();
        environment.put("DATABASE_URL", server.jdbcUrl(plan.database()));
        environment.put("DATABASE_USER", plan.ownerRole());
        environment.put("DATABASE_PASSWORD", plan.ownerPassword());
        environment.put("DATABASE_APP_USER", plan.runtimeRole());
        environment.put("DATABASE_APP_PASSWORD", plan.runtimePassword());
        environment.put("LEGACY_DATABASE_URL", server.jdbcUrl(legacyDatabase) + "?user=" + server.superuser()
                + (server.superuserPassword() == null ? "" : "&password=" + server.superuserPassword()));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode = LegacyImportCommand.run(environment, new PrintStream(output, true, StandardCharsets.UTF_8),
                Clock.systemUTC());
        return new Run(exitCode, output.toString(StandardCharsets.UTF_8));
    }

    private <T> T inDefault(Supplier<T> work) {
        return inTenant(DEFAULT, work);
    }

    private <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return persistence.transactions().inTenant(tenant, work);
    }

    private static ChatId chatOf(String uuid) {
        return new ChatId(UUID.fromString(uuid));
    }

    private Chat chat(String uuid) {
        return inDefault(() -> persistence.chats().findById(chatOf(uuid))).orElseThrow();
    }

    private List<Message> history(ChatId chat) {
        return history(DEFAULT, chat);
    }

    private List<Message> history(TenantId tenant, ChatId chat) {
        List<Message> messages = new ArrayList<>(inTenant(tenant, () -> persistence.messages().listBefore(chat, null,
                100)));
        Collections.reverse(messages);
        return messages;
    }

    /** Everything the import writes for a tenant, as text, to compare before and after a run. */
    private String targetState(TenantId tenant) {
        return inTenant(tenant, () -> {
            StringBuilder state = new StringBuilder();
            state.append(persistence.settings().load()).append(persistence.botSettings().listAll())
                    .append(persistence.faqs().listAll()).append(persistence.users().listAll());
            for (boolean hidden : new boolean[] {false, true}) {
                persistence.inbox().page(new InboxQuery(null, null, hidden, false, null, null, InboxQuery.MAX_LIMIT))
                        .items().forEach(row -> state.append(row.chat()).append(row.unreadCount())
                                .append(persistence.messages().listBefore(row.chat().id(), null, 200)));
            }
            return state.toString();
        });
    }

    private String createDatabase(String name) throws SQLException {
        run("postgres", "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        legacyDatabases.add(name);
        return name;
    }

    private void run(String database, String sql) throws SQLException {
        try (Connection connection = target.server().superuser(database).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Every row of the old tables, as text: the import must leave it as it was. */
    private String fingerprint(String database) throws SQLException {
        try (Connection connection = target.server().superuser(database).getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT md5((SELECT string_agg(c::text, '|' ORDER BY id) FROM "
                     + "chats c) || (SELECT string_agg(m::text, '|' ORDER BY id) FROM messages m) || "
                     + "(SELECT string_agg(b::text, '|' ORDER BY id) FROM bot_settings b) || "
                     + "(SELECT string_agg(u::text, '|' ORDER BY id) FROM users u))")) {
            row.next();
            return row.getString(1);
        }
    }

    private static String bcrypt(String password, String variant) {
        // the same algorithm under each prefix: PHP writes $2y$, older libraries $2a$
        return new BcryptPasswordHasher(10).hash(password).encoded().replaceFirst("^\\$2b\\$", "\\$" + variant + "\\$");
    }

    /** The single-tenant system's schema as it created it, without tenant_id, and a week of its life. */
    private static String singleTenantSchemaAndData() {
        return """
                CREATE TABLE chats (
                    id serial PRIMARY KEY, uuid varchar(36) UNIQUE NOT NULL, user_id varchar(100), name varchar(255),
                    ai boolean DEFAULT true, waiting boolean DEFAULT false, tags varchar[] DEFAULT '{}',
                    messager varchar(50) DEFAULT 'telegram', is_awaiting_manager_confirmation boolean DEFAULT false,
                    created_at timestamp DEFAULT now(), updated_at timestamp DEFAULT now(),
                    ai_enabled boolean DEFAULT true, last_client_message_at timestamp, hidden boolean DEFAULT false,
                    session_id varchar(100));
                CREATE TABLE messages (
                    id serial PRIMARY KEY, chat_id integer REFERENCES chats (id) ON DELETE CASCADE,
                    created_at timestamp DEFAULT now(), message text, message_type varchar(20),
                    ai boolean DEFAULT false, is_image boolean DEFAULT false);
                CREATE TABLE bot_settings (
                    id serial PRIMARY KEY, key varchar(255) UNIQUE NOT NULL, value text,
                    created_at timestamp DEFAULT now(), updated_at timestamp DEFAULT now());
                CREATE TABLE users (
                    id serial PRIMARY KEY, username varchar(100) UNIQUE NOT NULL, email varchar(255),
                    password_hash varchar(255) NOT NULL, tenant_id text DEFAULT 'default',
                    is_admin boolean DEFAULT false, is_active boolean DEFAULT true, created_at timestamptz DEFAULT now());

                INSERT INTO chats (uuid, user_id, name, ai, waiting, tags, messager, is_awaiting_manager_confirmation,
                                   created_at, updated_at, hidden, session_id) VALUES
                    ('11111111-1111-1111-1111-111111111111', 'Иван [123456789]', 'Иван', true, false, '{vip,доставка}',
                     'telegram', false, '2023-05-01 10:00:00', '2023-05-01 10:05:00', false, '123456789'),
                    ('22222222-2222-2222-2222-222222222222', 'spam [222]', NULL, true, false, '{}', 'telegram', false,
                     '2023-05-02 09:00:00', '2023-05-02 09:00:00', true, '222'),
                    ('33333333-3333-3333-3333-333333333333', 'Анна [333]', 'Анна', true, false, '{}', NULL, true,
                     '2023-05-03 09:00:00', '2023-05-03 09:01:00', false, NULL),
                    ('44444444-4444-4444-4444-444444444444', 'Пётр [444]', 'Пётр', true, true, '{}', 'telegram', false,
                     '2023-05-04 09:00:00', '2023-05-04 09:30:00', false, '444'),
                    ('55555555-5555-5555-5555-555555555555', 'Maria [79001234567]', NULL, false, false, '{}',
                     'whatsapp', false, '2023-05-05 09:00:00', '2023-05-05 09:00:00', false, NULL),
                    ('66666666-6666-6666-6666-666666666666', 'photo [666]', 'Фото', true, false, NULL, 'telegram',
                     false, '2023-05-06 09:00:00', '2023-05-06 09:00:00', false, '666');
                -- the answer to Ivan's second question was stored in the same transaction: the same instant
                INSERT INTO messages (chat_id, created_at, message, message_type, ai, is_image) VALUES
                    (1, '2023-05-01 10:00:00', 'Здравствуйте! Сколько стоит доставка? 🚚', 'question', false, false),
                    (1, '2023-05-01 10:00:05', 'Доставка бесплатная от 1000 ₽ 😊', 'answer', true, false),
                    (1, '2023-05-01 10:05:00', E'Спасибо!\\nА самовывоз есть?', 'question', false, false),
                    (1, '2023-05-01 10:05:00', 'Да, ул. Ленина, 5 📍', 'answer', true, false),
                    (2, '2023-05-02 09:00:00', 'КУПИ КРИПТУ', 'question', false, false),
                    (3, '2023-05-03 09:00:00', 'Хочу вернуть заказ', 'question', false, false),
                    (3, '2023-05-03 09:01:00', 'Позвать менеджера?', 'answer', true, false),
                    (4, '2023-05-04 09:00:00', 'Где мой заказ?', 'question', false, false),
                    (4, '2023-05-04 09:30:00', 'Это Ольга, ваш заказ в пути', 'answer', false, false),
                    (5, '2023-05-05 09:00:00', 'Hola! 👋', 'question', false, false),
                    (6, '2023-05-06 09:00:00', '', 'question', false, true),
                    (6, '2023-05-06 09:00:01', 'AgACAgIAAxkBAAIBZ2V4', 'question', false, true);
                INSERT INTO bot_settings (key, value) VALUES
                    ('system message for ai', '%s'),
                    ('faqs', '%s');
                INSERT INTO users (username, email, password_hash, is_admin, is_active) VALUES
                    ('olga', 'olga@example.com', '%s', true, true),
                    ('petr', NULL, '%s', false, false),
                    ('Bad Name!', NULL, '%s', false, true);
                """.formatted(SYSTEM_MESSAGE, FAQ_TEXT.replace("'", "''"), bcrypt(OLGA_PASSWORD, "2y"),
                bcrypt(PETR_PASSWORD, "2a"), bcrypt(PETR_PASSWORD, "2b"));
    }

    /**
     * A database after the seed's Stage 1: tenant_id columns, its tenant_settings and faqs tables and
     * its tenant_overview view; one tenant has a message too long to keep.
     */
    private String variantSchemaAndData() {
        return """
                CREATE TABLE chats (
                    id serial PRIMARY KEY, uuid varchar(36) UNIQUE NOT NULL, user_id varchar(100), name varchar(255),
                    ai boolean DEFAULT true, waiting boolean DEFAULT false, tags varchar[] DEFAULT '{}',
                    messager varchar(50) DEFAULT 'telegram', is_awaiting_manager_confirmation boolean DEFAULT false,
                    created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now(),
                    last_client_message_at timestamptz, hidden boolean DEFAULT false, session_id varchar(100),
                    tenant_id text NOT NULL DEFAULT 'default');
                CREATE TABLE messages (
                    id serial PRIMARY KEY, chat_id integer REFERENCES chats (id) ON DELETE CASCADE,
                    created_at timestamptz DEFAULT now(), message text, message_type varchar(20),
                    ai boolean DEFAULT false, is_image boolean DEFAULT false, tenant_id text NOT NULL DEFAULT 'default');
                CREATE TABLE bot_settings (
                    id serial PRIMARY KEY, key varchar(255) NOT NULL, value text, tenant_id text NOT NULL DEFAULT 'default',
                    UNIQUE (tenant_id, key));
                CREATE TABLE users (
                    id serial PRIMARY KEY, username varchar(100) UNIQUE NOT NULL, password_hash varchar(255) NOT NULL,
                    tenant_id text DEFAULT 'default', is_admin boolean DEFAULT false, is_active boolean DEFAULT true);
                CREATE TABLE tenant_settings (
                    id SERIAL PRIMARY KEY, tenant_id TEXT NOT NULL UNIQUE, system_message TEXT,
                    handover_mode TEXT DEFAULT 'ask', language TEXT DEFAULT 'en', thresholds JSONB DEFAULT '{}',
                    created_at TIMESTAMPTZ DEFAULT now(), updated_at TIMESTAMPTZ DEFAULT now());
                CREATE TABLE faqs (
                    id SERIAL PRIMARY KEY, tenant_id TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,
                    keywords TEXT, priority INTEGER DEFAULT 1, is_active BOOLEAN DEFAULT true,
                    created_at TIMESTAMPTZ DEFAULT now(), updated_at TIMESTAMPTZ DEFAULT now());
                CREATE VIEW tenant_overview AS
                SELECT ts.tenant_id, ts.system_message, ts.handover_mode, COUNT(DISTINCT c.id) AS total_chats,
                       COUNT(DISTINCT m.id) AS total_messages, COUNT(DISTINCT f.id) AS total_faqs,
                       ts.updated_at AS last_updated
                FROM tenant_settings ts
                LEFT JOIN chats c ON ts.tenant_id = c.tenant_id
                LEFT JOIN messages m ON ts.tenant_id = m.tenant_id
                LEFT JOIN faqs f ON ts.tenant_id = f.tenant_id AND f.is_active = true
                GROUP BY ts.tenant_id, ts.system_message, ts.handover_mode, ts.updated_at;

                INSERT INTO chats (uuid, user_id, name, tenant_id, created_at, session_id) VALUES
                    ('66666666-6666-6666-6666-666666666666', 'Sam [600]', 'Sam', '%1$s', '2024-01-01 08:00:00+00', '600'),
                    ('77777777-7777-7777-7777-777777777777', 'Вера [700]', 'Вера', '%2$s', '2024-01-02 08:00:00+00', '700');
                INSERT INTO messages (chat_id, created_at, message, message_type, ai, tenant_id) VALUES
                    (1, '2024-01-01 08:00:00+00', 'Hi from the shop', 'question', false, '%1$s'),
                    (1, '2024-01-01 08:00:01+00', 'Hello!', 'answer', true, '%1$s'),
                    (2, '2024-01-02 08:00:00+00', 'Есть столик на вечер?', 'question', false, '%2$s'),
                    (2, '2024-01-02 08:00:01+00', repeat('я', 20001), 'answer', true, '%2$s');
                INSERT INTO bot_settings (key, value, tenant_id) VALUES
                    ('faqs', 'Мы открыты каждый день.', '%2$s');
                INSERT INTO tenant_settings (tenant_id, system_message, handover_mode, language, thresholds) VALUES
                    ('%1$s', 'You are the shop''s assistant.', 'immediate', 'ru', '{"response_timeout": 45}');
                INSERT INTO faqs (tenant_id, question, answer, keywords) VALUES
                    ('%1$s', 'When do you open?', 'At nine.', 'hours, open');
                """.formatted("shop-" + suffix, "bar-" + suffix);
    }
}
