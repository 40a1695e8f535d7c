package io.aggregator.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant overview and the dashboard at scale: starts the built server on its embedded PostgreSQL,
 * fills it (1,000 tenants and 10 million messages unless told otherwise; kept in the data directory
 * for later runs), then times the overview of all tenants, one tenant's row and a dashboard month,
 * through the API and in SQL, next to the seed's own tenant_overview definition on the same data.
 * The load generator runs on the same machine as the server and the database.
 */
public final class OverviewBenchmark {
    private static final int WARM_UPS = 10;
    /** Before any measurement, the API calls in turn for this long: see {@link Measurement#warmUp}. */
    private static final Duration JIT_WARM_UP = Duration.ofSeconds(30);
    private static final int RUNS = 21;
    /** The inbox's targets are p99s: more runs, so that the p99 is not simply the maximum. */
    private static final int INBOX_RUNS = 200;
    /** The seed's view, verbatim but for its name: one GROUP BY over chats x messages x FAQs. */
    private static final String SEED_VIEW = """
            SELECT ts.tenant_id, ts.system_message, ts.handover_mode,
              COUNT(DISTINCT c.id) as total_chats, COUNT(DISTINCT m.id) as total_messages,
              COUNT(DISTINCT f.id) as total_faqs, ts.updated_at as last_updated
            FROM tenant_settings ts
            LEFT JOIN chats c ON ts.tenant_id = c.tenant_id
            LEFT JOIN messages m ON ts.tenant_id = m.tenant_id
            LEFT JOIN faqs f ON ts.tenant_id = f.tenant_id AND f.is_active = true
            %s
            GROUP BY ts.tenant_id, ts.system_message, ts.handover_mode, ts.updated_at""";

    private OverviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = Integer.parseInt(Environment.env("BENCH_TENANTS", "1000"));
        long messages = Long.parseLong(Environment.env("BENCH_MESSAGES", "10000000"));
        int seedTimeoutSeconds = Integer.parseInt(Environment.env("BENCH_SEED_TIMEOUT_SECONDS", "120"));
        Path jar = Environment.jar();
        Path data = Environment.dataDirectory("overview-data");
        System.out.println(Environment.machine());
        System.out.printf("data: %d tenants, about %,d messages, in %s%n", tenants, messages, data);
        try (ServerProcess server = ServerProcess.start(jar, data)) {
            long started = System.nanoTime();
            try (Connection superuser = server.superuser()) {
                if (TenantDataGenerator.ensure(superuser, tenants, messages)) {
                    System.out.printf("generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
                }
            }
            report(server, seedTimeoutSeconds);
        }
    }

    private static void report(ServerProcess server, int seedTimeoutSeconds) throws Exception {
        ApiClient api = ApiClient.platformAdmin(server);
        String biggest = "bench_0001";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String month = "from=" + today.minusDays(29) + "&to=" + today;
        List<Measurement.Result> results = new ArrayList<>();
        try (Connection runtime = DriverManager.getConnection(server.databaseUrl(), "aggregator_app", "");
             Connection superuser = server.superuser()) {
            System.out.println(sizes(superuser));
            Measurement.Work overviewPage = () -> api.get("/api/v1/overview?sort=messages&order=desc&limit=200");
            Measurement.Work tenantRow = () -> api.get("/api/v1/tenants/" + biggest + "/overview");
            Measurement.Work dashboardMonth = () -> api.get("/api/v1/tenants/" + biggest + "/dashboard?" + month);
            Measurement.warmUp(JIT_WARM_UP, List.of(overviewPage, tenantRow, dashboardMonth));
            results.add(Measurement.of("overview, all tenants (SQL)", WARM_UPS, RUNS,
                    () -> rows(runtime, "SELECT * FROM tenant_overview")));
            results.add(Measurement.of("overview, 200 by messages (API)", WARM_UPS, RUNS, overviewPage));
            results.add(Measurement.of("overview, the biggest tenant's row (API)", WARM_UPS, RUNS, tenantRow));
            results.add(Measurement.of("dashboard, the biggest tenant's month (API)", WARM_UPS, RUNS, dashboardMonth));
            results.addAll(InboxPages.measure(server, api, biggest, WARM_UPS, INBOX_RUNS));
            results.forEach(result -> System.out.println(result.line()));
            try (Statement statement = superuser.createStatement()) {
                statement.execute("SET statement_timeout = '" + seedTimeoutSeconds + "s'");
            }
            seedView(superuser, "seed view, the biggest tenant's row (SQL)",
                    String.format(SEED_VIEW, "WHERE ts.tenant_id = '" + biggest + "'"), results.get(2),
                    seedTimeoutSeconds);
            seedView(superuser, "seed view, all tenants (SQL)", String.format(SEED_VIEW, ""), results.get(0),
                    seedTimeoutSeconds);
        }
    }

    /** Runs the seed's definition once (it may take minutes); reports it next to ours as a ratio. */
    private static void seedView(Connection superuser, String name, String sql, Measurement.Result ours,
                                 int timeoutSeconds) throws SQLException {
        long start = System.nanoTime();
        try {
            rows(superuser, sql);
            double millis = (System.nanoTime() - start) / 1e6;
            System.out.printf("%-44s %12.0f ms (1 run), %,.0f times the time of \"%s\"%n", name, millis,
                    millis / ours.median(), ours.name());
        } catch (SQLException timeout) {
            if (!"57014".equals(timeout.getSQLState())) {
                throw timeout;
            }
            System.out.printf("%-44s did not finish in %d s: more than %,.0f times the time of \"%s\"%n", name,
                    timeoutSeconds, timeoutSeconds * 1000.0 / ours.median(), ours.name());
        }
    }

    private static int rows(Connection connection, String sql) throws SQLException {
        int rows = 0;
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static String sizes(Connection superuser) throws SQLException {
        try (Statement statement = superuser.createStatement(); ResultSet row = statement.executeQuery("""
                SELECT (SELECT count(*) FROM tenants), (SELECT count(*) FROM chats), (SELECT count(*) FROM messages),
                       (SELECT count(*) FROM messages WHERE tenant_id = 'bench_0001'),
                       pg_size_pretty(pg_database_size(current_database()))""")) {
            row.next();
            return String.format("database: %,d tenants, %,d chats, %,d messages (%,d of the biggest tenant), %s",
                    row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getString(5));
        }
    }
}
