package io.aggregator.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Which SQL statements the server issues per customer message, from PostgreSQL's
 * pg_stat_statements: the server posts a number of FAQ-answered and of AI-routed messages one at a
 * time, waits for the outbox to settle, and lists every statement with its calls per message and its
 * mean time. This is what the pgbench scripts of the ceiling benchmark reproduce.
 */
public final class StatementsPerMessage {
    private static final int MESSAGES = 200;

    private StatementsPerMessage() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Environment.dataDirectory("statements-data");
        Directories.deleteRecursively(data);
        Map<String, String> environment = Map.of("WEBHOOK_ALLOWED_NETWORKS", "127.0.0.0/8");
        try (ServerProcess first = ServerProcess.start(Environment.jar(), data, environment)) {
            StatStatements.preload(first);
        }
        try (InstantN8n n8n = new InstantN8n();
             ServerProcess server = ServerProcess.start(Environment.jar(), data, environment)) {
            StatStatements.enable(server);
            List<BenchmarkTenants.Tenant> tenants = BenchmarkTenants.create(ApiClient.platformAdmin(server), n8n,
                    "statements", 1);
            CustomerTraffic traffic = new CustomerTraffic(tenants, 1.0);
            for (boolean faq : new boolean[] {true, false}) {
                StatStatements.reset(server);
                HttpClient client = HttpClient.newHttpClient();
                for (int i = 0; i < MESSAGES; i++) {
                    post(client, server, traffic.next("chat-" + (i % 20), faq));
                }
                StatStatements.awaitSettledOutbox(server);
                System.out.println();
                System.out.printf("Statements per %s message (%d messages in 20 chats, outbox settled):%n",
                        faq ? "FAQ-answered" : "AI-routed", MESSAGES);
                StatStatements.print(server, MESSAGES);
                System.out.printf("n8n so far: %,d AI requests, %,d deliveries; outbox: %s%n", n8n.aiRequests(),
                        n8n.deliveries(), Outbox.summary(server));
            }
        }
    }

    static void post(HttpClient client, ServerProcess server, CustomerTraffic.Message message) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/api/v1/tenants/" + message.tenant().id() + "/messages"))
                .header("Authorization", "Bearer " + message.tenant().key())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message.body())).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("inbound answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /** pg_stat_statements on the server's embedded PostgreSQL, through its local superuser. */
    static final class StatStatements {
        private StatStatements() {
        }

        /** Loaded at the database's next start (the library must be preloaded). */
        static void preload(ServerProcess server) throws SQLException {
            execute(server, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
            execute(server, "ALTER SYSTEM SET pg_stat_statements.track = 'all'");
        }

        static void enable(ServerProcess server) throws SQLException {
            execute(server, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }

        static void reset(ServerProcess server) throws SQLException {
            execute(server, "SELECT pg_stat_statements_reset()");
        }

        static void awaitSettledOutbox(ServerProcess server) throws Exception {
            Outbox.awaitEmpty(server, Duration.ofMinutes(1));
            // the workers' last updates land just after the entry leaves 'pending'
            Thread.sleep(1_500);
        }

        static void print(ServerProcess server, int messages) throws SQLException {
            try (Connection superuser = server.superuser(); Statement statement = superuser.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         SELECT calls, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g')
                         FROM pg_stat_statements
                         WHERE userid = (SELECT oid FROM pg_roles WHERE rolname = 'aggregator_app')
                         ORDER BY calls DESC, query""")) {
                System.out.printf("%8s %9s  %s%n", "per msg", "mean ms", "statement");
                double total = 0;
                while (rows.next()) {
                    double perMessage = rows.getLong(1) / (double) messages;
                    total += perMessage;
                    String query = rows.getString(3);
                    System.out.printf("%8.2f %9.3f  %s%n", perMessage, rows.getDouble(2), query);
                }
                System.out.printf("%8.2f statements per message in all%n", total);
            }
        }

        private static void execute(ServerProcess server, String sql) throws SQLException {
            try (Connection superuser = server.superuser(); Statement statement = superuser.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
