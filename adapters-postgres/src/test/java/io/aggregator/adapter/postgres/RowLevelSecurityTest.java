package io.aggregator.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The database itself keeps tenants apart, even for SQL that forgets to filter by tenant. Every
 * statement here runs as the runtime role, exactly as the server connects: an owner or superuser
 * would bypass the policies and prove nothing.
 */
class RowLevelSecurityTest {
    private static final List<String> TENANT_TABLES =
            List.of("tenant_settings", "faqs", "chats", "messages", "users", "bot_settings", "sessions",
                    "integration_keys", "faq_versions", "outbox", "chat_transitions", "integration_settings",
                    "ai_turns", "received_webhooks", "tenant_counters", "daily_activity", "daily_answer_times",
                    "chat_waits", "daily_faq_hits", "daily_transitions");

    private final DataSource runtime = TestDatabase.get().runtime();
    private String tenantA;
    private String tenantB;
    private UUID faqOfB;

    @BeforeEach
    void twoTenantsWithRowsInEveryTable() throws SQLException {
        tenantA = "rls_a_" + ThreadLocalRandom.current().nextInt(1_000_000);
        tenantB = "rls_b_" + ThreadLocalRandom.current().nextInt(1_000_000);
        try (Connection connection = runtime.getConnection()) {
            update(connection, "INSERT INTO tenants (tenant_id, display_name) VALUES (?, 'A'), (?, 'B')",
                    tenantA, tenantB);
        }
        fillTenant(tenantA);
        faqOfB = fillTenant(tenantB);
    }

    private UUID fillTenant(String tenant) throws SQLException {
        UUID faq = UUID.randomUUID();
        UUID chat = UUID.randomUUID();
        inTenant(tenant, connection -> {
            update(connection, "INSERT INTO tenant_settings (tenant_id, system_message) VALUES (?, 'secret persona')",
                    tenant);
            update(connection, "INSERT INTO faqs (tenant_id, id, question, answer) VALUES (?, ?, 'q', 'a')",
                    tenant, faq);
            update(connection, "INSERT INTO chats (tenant_id, id, channel, channel_chat_id) VALUES (?, ?, 'web', 'c1')",
                    tenant, chat);
            update(connection, "INSERT INTO messages (tenant_id, id, chat_id, author, text, sent_at) "
                    + "VALUES (?, ?, ?, 'customer', 'my card number', now())", tenant, UUID.randomUUID(), chat);
            update(connection, "INSERT INTO users (tenant_id, id, username, password_hash, role) "
                    + "VALUES (?, ?, 'anna', 'hash', 'admin')", tenant, UUID.randomUUID());
            update(connection, "INSERT INTO bot_settings (tenant_id, key, value) VALUES (?, 'faqs', 'text')", tenant);
            update(connection, "INSERT INTO integration_settings (tenant_id, ai_webhook_url, history_messages, "
                    + "faq_candidates, sealed_secret, updated_at) VALUES (?, 'https://n8n.example/ai', 10, 3, "
                    + "'v1.sealed', now())", tenant);
            update(connection, "INSERT INTO received_webhooks (tenant_id, webhook_id, received_at) "
                    + "VALUES (?, 'msg_1', now())", tenant);
            UUID request = UUID.randomUUID();
            UUID message = UUID.randomUUID();
            update(connection, "INSERT INTO outbox (tenant_id, id, kind, chat_id, message_id, next_attempt_at, "
                    + "created_at) VALUES (?, ?, 'ai_request', ?, ?, now(), now())", tenant, request, chat, message);
            update(connection, "INSERT INTO ai_turns (tenant_id, id, chat_id, message_id, state, asked_at, "
                    + "deadline_at) VALUES (?, ?, ?, ?, 'waiting', now(), now())", tenant, request, chat, message);
            return null;
        });
        return faq;
    }

    @ParameterizedTest
    @ValueSource(strings = {"faqs", "chats", "messages", "users", "bot_settings", "integration_settings",
            "received_webhooks"})
    void outsideAnyTenantTransaction_noTenantRowIsVisible(String table) throws SQLException {
        try (Connection connection = runtime.getConnection()) {
            assertThat(count(connection, "SELECT count(*) FROM " + table)).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenant_settings", "faqs", "chats", "messages", "users", "bot_settings",
            "integration_settings", "received_webhooks"})
    void inTenantAsTransaction_onlyAsRowsAreVisibleEvenWithoutAFilter(String table) throws SQLException {
        List<String> visibleTenants = inTenant(tenantA, connection -> {
            List<String> tenants = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT DISTINCT tenant_id FROM " + table)) {
                while (rows.next()) {
                    tenants.add(rows.getString(1));
                }
            }
            return tenants;
        });

        assertThat(visibleTenants).containsExactly(tenantA);
    }

    @Test
    void inTenantAsTransaction_BsRowsCannotBeUpdatedOrDeleted() throws SQLException {
        int updated = inTenant(tenantA, c -> update(c, "UPDATE faqs SET answer = 'defaced' WHERE tenant_id = ?", tenantB));
        int deleted = inTenant(tenantA, c -> update(c, "DELETE FROM faqs WHERE id = ?", faqOfB));
        int wiped = inTenant(tenantA, c -> update(c, "DELETE FROM messages"));

        assertThat(updated).isZero();
        assertThat(deleted).isZero();
        assertThat(wiped).isEqualTo(1);
        String answerOfB = inTenant(tenantB, c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT answer FROM faqs WHERE id = ?")) {
                query.setObject(1, faqOfB);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
        assertThat(answerOfB).isEqualTo("a");
        long messagesOfB = inTenant(tenantB, c -> count(c, "SELECT count(*) FROM messages"));
        assertThat(messagesOfB).isEqualTo(1);
    }

    @Test
    void inTenantAsTransaction_aRowForBCannotBeInsertedNorMovedToB() {
        assertThatThrownBy(() -> inTenant(tenantA, c -> update(c,
                "INSERT INTO faqs (tenant_id, id, question, answer) VALUES (?, ?, 'planted', 'planted')",
                tenantB, UUID.randomUUID())))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> inTenant(tenantA, c -> update(c, "UPDATE faqs SET tenant_id = ?", tenantB)))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("row-level security");
    }

    @Test
    void theTenantBindingEndsWithItsTransaction() throws SQLException {
        try (Connection connection = runtime.getConnection()) {
            connection.setAutoCommit(false);
            setTenant(connection, tenantA);
            assertThat(count(connection, "SELECT count(*) FROM faqs")).isEqualTo(1);
            connection.commit();

            assertThat(count(connection, "SELECT count(*) FROM faqs")).isZero();
            connection.setAutoCommit(true);
        }
    }

    @Test
    void aTenantSeesOnlyItsOwnDirectoryEntry_thePlatformSeesAll() throws SQLException {
        String sql = "SELECT count(*) FROM tenants WHERE tenant_id IN ('" + tenantA + "', '" + tenantB + "')";
        long seenByA = inTenant(tenantA, c -> count(c, sql));
        assertThat(seenByA).isEqualTo(1);
        try (Connection connection = runtime.getConnection()) {
            assertThat(count(connection, sql)).isEqualTo(2);
        }
        int suspendedByA = inTenant(tenantA, c -> update(c,
                "UPDATE tenants SET status = 'suspended' WHERE tenant_id = ?", tenantB));
        assertThat(suspendedByA).isZero();
    }

    /**
     * What the platform's own work reads across tenants (the workers' queues, the overview's counters
     * and settings): seen whole by the platform, and by a tenant only for itself.
     */
    @ParameterizedTest
    @ValueSource(strings = {"outbox", "ai_turns", "tenant_counters", "tenant_settings", "daily_activity"})
    void whatThePlatformReadsAcrossTenantsIsSeenWholeByIt_andByATenantOnlyForItself(String table) throws SQLException {
        String sql = "SELECT count(*) FROM " + table + " WHERE tenant_id IN ('" + tenantA + "', '" + tenantB + "')";
        try (Connection connection = runtime.getConnection()) {
            assertThat(count(connection, sql)).isEqualTo(2);
        }
        long seenByA = inTenant(tenantA, c -> count(c, sql));
        assertThat(seenByA).isEqualTo(1);
        int changedByA = inTenant(tenantA, c -> update(c, "DELETE FROM " + table + " WHERE tenant_id = ?", tenantB));
        assertThat(changedByA).isZero();
    }

    @Test
    void theRuntimeRoleOwnsNothingAndCannotBypassSecurity() throws SQLException {
        try (Connection connection = runtime.getConnection()) {
            assertThat(count(connection, "SELECT count(*) FROM pg_roles WHERE rolname = current_user "
                    + "AND NOT rolsuper AND NOT rolbypassrls AND NOT rolcreaterole")).isEqualTo(1);
            assertThat(count(connection, "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
                    + "WHERE r.rolname = current_user")).isZero();
            assertThatThrownBy(() -> update(connection, "ALTER TABLE faqs DISABLE ROW LEVEL SECURITY"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void switchingRowSecurityOffMakesQueriesFailInsteadOfSeeingEverything() throws SQLException {
        var plan = TestDatabase.get().plan();
        // a connection of its own: the session setting must not reach the pool
        try (Connection connection = TestDatabase.get().server()
                .connect(plan.database(), plan.runtimeRole(), plan.runtimePassword()).getConnection()) {
            connection.createStatement().execute("SET row_security = off");

            assertThatThrownBy(() -> count(connection, "SELECT count(*) FROM faqs"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void everyTableWithATenantIdHasForcedRowLevelSecurity() throws SQLException {
        try (Connection connection = runtime.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("""
                     SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
                     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
                     WHERE n.nspname = current_schema() AND c.relkind = 'r'""")) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
                assertThat(rows.getBoolean(2)).as("RLS enabled on %s", rows.getString(1)).isTrue();
                assertThat(rows.getBoolean(3)).as("RLS forced on %s", rows.getString(1)).isTrue();
            }
            assertThat(tables).containsAll(TENANT_TABLES).contains("tenants");
        }
    }

    @Test
    void everyKeyOfATenantTableLeadsWithTheTenantId() throws SQLException {
        try (Connection connection = TestDatabase.get().owner().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("""
                     SELECT con.conname, con.contype,
                            (SELECT a.attname FROM pg_attribute a
                             WHERE a.attrelid = con.conrelid AND a.attnum = con.conkey[1]) AS first_column
                     FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
                     JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = current_schema() AND con.contype IN ('p', 'u', 'f')
                       AND c.relname IN ('tenant_settings', 'faqs', 'chats', 'messages', 'users', 'bot_settings',
                                         'sessions', 'integration_keys', 'faq_versions', 'outbox',
                                         'chat_transitions', 'integration_settings', 'ai_turns',
                                         'received_webhooks', 'tenant_counters', 'daily_activity',
                                         'daily_answer_times', 'chat_waits', 'daily_faq_hits',
                                         'daily_transitions')""")) {
            int keys = 0;
            while (rows.next()) {
                keys++;
                assertThat(rows.getString("first_column")).as("first column of %s", rows.getString("conname"))
                        .isEqualTo("tenant_id");
            }
            assertThat(keys).isGreaterThanOrEqualTo(TENANT_TABLES.size() * 2);
        }
    }

    private interface TenantWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A transaction bound to a tenant the way the server binds one. */
    private <T> T inTenant(String tenant, TenantWork<T> work) throws SQLException {
        try (Connection connection = runtime.getConnection()) {
            connection.setAutoCommit(false);
            try {
                setTenant(connection, tenant);
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void setTenant(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenant);
            statement.executeQuery().close();
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
