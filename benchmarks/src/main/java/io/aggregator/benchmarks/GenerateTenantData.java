package io.aggregator.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Fills a database the server has migrated with generated tenants, chats and messages (see
 * {@link TenantDataGenerator}), to try the product or measure it with a realistic volume:
 * {@code GENERATE_DATABASE_URL} is a JDBC URL of a role that bypasses row-level security (the
 * superuser), with {@code user} and {@code password} in it; {@code BENCH_TENANTS} and
 * {@code BENCH_MESSAGES} size the data.
 */
public final class GenerateTenantData {
    private GenerateTenantData() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv("GENERATE_DATABASE_URL");
        if (url == null || url.isBlank()) {
            System.err.println("GENERATE_DATABASE_URL is required: a JDBC URL of the server's database as its superuser, "
                    + "such as jdbc:postgresql://localhost:5432/aggregator?user=postgres&password=...");
            System.exit(2);
        }
        int tenants = Integer.parseInt(Environment.env("BENCH_TENANTS", "1000"));
        long messages = Long.parseLong(Environment.env("BENCH_MESSAGES", "10000000"));
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url)) {
            boolean generated = TenantDataGenerator.ensure(connection, tenants, messages);
            System.out.printf(generated ? "generated %d tenants and about %,d messages in %.1f s%n"
                    : "the database already holds %d generated tenants (about %,d messages); nothing to do%n",
                    tenants, messages, (System.nanoTime() - started) / 1e9);
        }
    }
}
