package io.aggregator.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills the database with {@code tenants} tenants and about {@code messages} messages, skewed as real
 * platforms are: tenant number i gets a share proportional to 1 / i^1.1 (a few big tenants, a long tail
 * of small ones). Each chat has 20 messages over the last 90 days (customers, FAQ and AI answers,
 * managers), every fifth chat was handed to a manager; each tenant has settings, 5 to 49 FAQs (most of
 * them active) and 1 to 4 users. It writes as the database superuser, past row-level security, in one
 * transaction per batch of tenants; the triggers keep the overview's and the dashboard's numbers as
 * they would for the server's own writes. Tenants are named {@code bench_0001} (the biggest) onwards.
 */
final class TenantDataGenerator {
    static final int MESSAGES_PER_CHAT = 20;
    private static final int TENANTS_PER_BATCH = 20;

    private TenantDataGenerator() {
    }

    /**
     * @param connection as a role that bypasses row-level security (the superuser)
     * @return whether data was generated (false: the database already holds it)
     */
    static boolean ensure(Connection connection, int tenants, long messages) throws SQLException {
        long existing = benchTenants(connection);
        if (existing == tenants) {
            return false;
        }
        if (existing > 0) {
            throw new IllegalStateException("the database holds " + existing + " generated tenants, not " + tenants
                    + ": start from an empty database (or delete the benchmark's data directory)");
        }
        connection.setAutoCommit(false);
        plan(connection, tenants, messages);
        connection.commit();
        for (int first = 1; first <= tenants; first += TENANTS_PER_BATCH) {
            int last = Math.min(tenants, first + TENANTS_PER_BATCH - 1);
            fill(connection, first, last);
            connection.commit();
            System.out.printf("  generated tenants %d to %d%n", first, last);
        }
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
        return true;
    }

    private static long benchTenants(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM tenants WHERE tenant_id LIKE 'bench\\_%'")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void plan(Connection connection, int tenants, long messages) throws SQLException {
        try (PreparedStatement plan = connection.prepareStatement("""
                CREATE TABLE IF NOT EXISTS bench_plan AS
                SELECT i, 'bench_' || lpad(i::text, 4, '0') AS tenant_id,
                       greatest(1, round(? * (1.0 / power(i, 1.1)) / sum(1.0 / power(i, 1.1)) OVER ()
                                         / ?))::int AS chats
                FROM generate_series(1, ?) AS i""")) {
            plan.setLong(1, messages);
            plan.setInt(2, MESSAGES_PER_CHAT);
            plan.setInt(3, tenants);
            plan.execute();
        }
    }

    private static void fill(Connection connection, int first, int last) throws SQLException {
        String[] statements = {
            """
            INSERT INTO tenants (tenant_id, display_name, created_at)
            SELECT tenant_id, 'Bench tenant ' || i, now() - interval '120 days' FROM bench_plan WHERE i BETWEEN ? AND ?""",
            """
            INSERT INTO tenant_settings (tenant_id, system_message, handover_mode)
            SELECT tenant_id, 'You are the assistant of tenant ' || i || '.', CASE WHEN i % 2 = 0 THEN 'ask' ELSE 'immediate' END
            FROM bench_plan WHERE i BETWEEN ? AND ?""",
            """
            INSERT INTO users (tenant_id, id, username, password_hash, role)
            SELECT p.tenant_id, gen_random_uuid(), 'user' || u, '$2b$10$benchmarkbenchmarkbenchmarkbenchmarkbenchmarkbenchma',
                   CASE WHEN u = 1 THEN 'admin' ELSE 'manager' END
            FROM bench_plan p, generate_series(1, 1 + p.i % 4) AS u WHERE p.i BETWEEN ? AND ?""",
            """
            INSERT INTO faqs (tenant_id, id, question, answer, is_active)
            SELECT p.tenant_id, gen_random_uuid(), 'Question ' || f || ' of tenant ' || p.i || '?', 'Answer ' || f,
                   f % 5 <> 0
            FROM bench_plan p, generate_series(1, 5 + p.i % 45) AS f WHERE p.i BETWEEN ? AND ?""",
            """
            INSERT INTO chats (tenant_id, id, channel, channel_chat_id, customer_name, mode, created_at, updated_at,
                               last_message_at, last_customer_message_at)
            SELECT p.tenant_id, gen_random_uuid(), 'telegram', c::text, 'Customer ' || c,
                   CASE WHEN c % 5 = 0 THEN 'manager' ELSE 'bot' END, t.at, t.at + interval '20 minutes',
                   t.at + interval '20 minutes', t.at + interval '18 minutes'
            FROM bench_plan p, generate_series(1, p.chats) AS c,
                 LATERAL (SELECT now() - interval '90 days' * ((c * 7919 % 1000) / 1000.0) AS at) AS t
            WHERE p.i BETWEEN ? AND ?""",
            """
            INSERT INTO messages (tenant_id, id, chat_id, author, source, text, sent_at, created_at, delivery_status,
                                  delivery_updated_at)
            SELECT c.tenant_id, gen_random_uuid(), c.id, k.author, k.source, 'Message ' || k.n, at, at,
                   CASE WHEN k.author = 'customer' THEN NULL ELSE 'sent' END,
                   CASE WHEN k.author = 'customer' THEN NULL ELSE at END
            FROM chats c JOIN bench_plan p ON p.tenant_id = c.tenant_id,
                 LATERAL (SELECT n, CASE n % 5 WHEN 0 THEN 'customer' WHEN 2 THEN 'customer'
                                              WHEN 4 THEN 'manager' ELSE 'bot' END AS author,
                                 CASE n % 5 WHEN 1 THEN 'faq' WHEN 3 THEN 'ai' END AS source
                          FROM generate_series(0, ? - 1) AS n) AS k,
                 LATERAL (SELECT c.created_at + k.n * interval '1 minute' AS at) AS t
            WHERE p.i BETWEEN ? AND ?""",
            """
            INSERT INTO chat_transitions (tenant_id, id, chat_id, from_mode, to_mode, reason, caused_by, happened_at)
            SELECT c.tenant_id, gen_random_uuid(), c.id, 'bot', 'manager', 'no_answer', 'bot',
                   c.created_at + interval '4 minutes'
            FROM chats c JOIN bench_plan p ON p.tenant_id = c.tenant_id
            WHERE c.mode = 'manager' AND p.i BETWEEN ? AND ?""",
            """
            INSERT INTO daily_answer_times (tenant_id, day, responder, bucket, slot, answers)
            SELECT a.tenant_id, a.day, 'bot', 0, 0, sum(a.faq_answers + a.ai_answers)
            FROM daily_activity a JOIN bench_plan p ON p.tenant_id = a.tenant_id
            WHERE p.i BETWEEN ? AND ? GROUP BY a.tenant_id, a.day"""
        };
        for (String sql : statements) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int parameter = 1;
                if (sql.contains("generate_series(0, ? - 1)")) {
                    statement.setInt(parameter++, MESSAGES_PER_CHAT);
                }
                statement.setInt(parameter++, first);
                statement.setInt(parameter, last);
                statement.execute();
            }
        }
    }
}
