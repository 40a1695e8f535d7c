package io.aggregator.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server against the ceiling of its database, in one run on one PostgreSQL: FAQ-answered
 * customer messages posted to the server by N clients (closed loop), then pgbench running the same
 * SQL per message ({@code benchmarks/pgbench/faq-message.sql}, from what {@link StatementsPerMessage}
 * lists) with the same N, as the server's runtime role. The ratio of the two throughputs says how
 * much of what the database could do the server turns into answered messages. pgbench is the
 * system's ({@code PGBENCH}, else found on the PATH or under /usr/lib/postgresql).
 */
public final class CeilingBenchmark {
    private static final int TENANTS = 100;
    private static final int CHATS_PER_TENANT = 1_000;
    private static final Path SCRIPT = Path.of("benchmarks", "pgbench", "faq-message.sql");
    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");

    private CeilingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String pgbench = pgbench();
        try (LoadSetup setup = LoadSetup.start("ceiling", TENANTS)) {
            ServerProcess server = setup.server();
            createChats(server);
            LoadGenerator load = new LoadGenerator(server);
            setup.warmUp(load);
            // questions an FAQ answers, in the chats the pgbench script also uses
            java.util.function.Supplier<CustomerTraffic.Message> faqQuestions = () -> setup.traffic().next(
                    "c" + java.util.concurrent.ThreadLocalRandom.current().nextInt(CHATS_PER_TENANT), true);
            System.out.println("FAQ-answered messages only; the server's throughput, then pgbench's, per N");
            System.out.printf("%4s %24s %24s %8s%n", "N", "server msg/s (min-max)", "pgbench msg/s (min-max)",
                    "ratio");
            double best = 0;
            double ceilingAtBest = 0;
            for (int clients : IngestBenchmark.CLIENTS) {
                load.closedLoop(clients, IngestBenchmark.WARM_UP, faqQuestions);
                List<Double> served = new ArrayList<>();
                for (int i = 0; i < IngestBenchmark.RUNS; i++) {
                    served.add(load.closedLoop(clients, IngestBenchmark.RUN, faqQuestions).perSecond());
                }
                Outbox.awaitEmpty(server, Duration.ofMinutes(5));
                runPgbench(pgbench, server, clients, IngestBenchmark.WARM_UP);
                List<Double> ceiling = new ArrayList<>();
                for (int i = 0; i < IngestBenchmark.RUNS; i++) {
                    ceiling.add(runPgbench(pgbench, server, clients, IngestBenchmark.RUN));
                }
                Measurement.Result serverRuns = Measurement.summary("server", served);
                Measurement.Result pgbenchRuns = Measurement.summary("pgbench", ceiling);
                double serverMedian = serverRuns.median();
                double ceilingMedian = pgbenchRuns.median();
                System.out.printf("%4d %8.0f (%5.0f-%5.0f)    %8.0f (%5.0f-%5.0f)    %6.0f%%%n", clients, serverMedian,
                        serverRuns.min(), serverRuns.max(), ceilingMedian, pgbenchRuns.min(), pgbenchRuns.max(),
                        100 * serverMedian / ceilingMedian);
                if (serverMedian > best) {
                    best = serverMedian;
                    ceilingAtBest = ceilingMedian;
                }
            }
            System.out.printf("at the server's best N: %.0f%% of the ceiling; target at least 60%%: %s%n",
                    100 * best / ceilingAtBest, best / ceilingAtBest >= 0.6 ? "met" : "MISSED");
        }
    }

    /** Every benchmark tenant's chats c0 to c999 exist, so the script's chat lookups find one. */
    private static void createChats(ServerProcess server) throws Exception {
        try (Connection superuser = server.superuser(); Statement statement = superuser.createStatement()) {
            statement.execute("INSERT INTO chats (tenant_id, id, channel, channel_chat_id, customer_name) "
                    + "SELECT t.tenant_id, gen_random_uuid(), 'telegram', 'c' || n, 'Customer ' || n "
                    + "FROM tenants t, generate_series(0, " + (CHATS_PER_TENANT - 1) + ") n "
                    + "WHERE t.tenant_id LIKE 'ceiling\\_%' ON CONFLICT DO NOTHING");
        }
    }

    /** One pgbench run as the runtime role; answers its transactions (messages) per second. */
    private static double runPgbench(String pgbench, ServerProcess server, int clients, Duration duration)
            throws Exception {
        Process run = new ProcessBuilder(pgbench, "-h", "127.0.0.1", "-p", Integer.toString(server.databasePort),
                "-U", "aggregator_app", "-n", "-M", "prepared", "-c", Integer.toString(clients),
                "-j", Integer.toString(Math.min(clients, 2)), "-T", Long.toString(duration.toSeconds()),
                "-f", SCRIPT.toAbsolutePath().toString(), "aggregator").redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(),
                StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> output.append(line).append('\n'));
        }
        run.waitFor();
        Matcher tps = TPS.matcher(output);
        if (run.exitValue() != 0 || !tps.find() || output.indexOf("aborted") >= 0 && !output.toString()
                .contains("number of failed transactions: 0")) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static String pgbench() throws Exception {
        String given = System.getenv("PGBENCH");
        if (given != null && !given.isBlank()) {
            return given;
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, "pgbench");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin/pgbench")).filter(Files::isExecutable).findFirst()
                    .map(Path::toString).orElseThrow(() -> new IllegalStateException("no pgbench: install "
                            + "PostgreSQL's client tools (Debian: postgresql-client) or set PGBENCH"));
        }
    }
}
