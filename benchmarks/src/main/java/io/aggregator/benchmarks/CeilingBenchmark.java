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
 * The server against the ceiling of its database, in one run on one PostgreSQL: the ingest
 * benchmark's customer messages (half answered by an FAQ, half by the AI) posted to the server by N
 * clients (closed loop), then pgbench running the same SQL per message with the same N and the same
 * mix ({@code benchmarks/pgbench/faq-message.sql} and {@code ai-message.sql}, from what
 * {@link StatementsPerMessage} lists), as the server's runtime role. The server's figure counts a
 * message when all its work is done: each run lasts until the outbox has sent what the run caused, as
 * pgbench's transactions include it. The ratio says how much of what the database could do the server
 * turns into answered and delivered messages. pgbench is the system's ({@code PGBENCH}, else found
 * on the PATH or under /usr/lib/postgresql).
 */
public final class CeilingBenchmark {
    private static final int TENANTS = 100;
    private static final int CHATS_PER_TENANT = CustomerTraffic.CHATS_PER_TENANT;
    private static final List<Path> SCRIPTS = List.of(Path.of("benchmarks", "pgbench", "faq-message.sql"),
            Path.of("benchmarks", "pgbench", "ai-message.sql"));
    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");
    private static final Duration DRAIN_PATIENCE = Duration.ofMinutes(5);

    private CeilingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String pgbench = pgbench();
        try (LoadSetup setup = LoadSetup.start("ceiling", TENANTS)) {
            ServerProcess server = setup.server();
            createChats(server);
            LoadGenerator load = new LoadGenerator(server);
            setup.warmUp(load);
            CustomerTraffic traffic = setup.traffic();
            System.out.println("half FAQ-answered, half AI-routed messages; the server's throughput, then pgbench's, "
                    + "per N");
            System.out.printf("%4s %18s %26s %24s %8s%n", "N", "server answered/s", "server completed/s (min-max)",
                    "pgbench msg/s (min-max)", "ratio");
            Measurement.Result bestServer = null;
            Measurement.Result ceilingAtBest = null;
            Measurement.Result bestCeiling = null;
            for (int clients : IngestBenchmark.CLIENTS) {
                load.closedLoop(clients, IngestBenchmark.WARM_UP, traffic::next);
                Outbox.awaitEmpty(server, DRAIN_PATIENCE);
                List<Double> answered = new ArrayList<>();
                List<Double> completed = new ArrayList<>();
                for (int i = 0; i < IngestBenchmark.RUNS; i++) {
                    LoadGenerator.Run run = load.closedLoop(clients, IngestBenchmark.RUN, traffic::next);
                    long drainStart = System.nanoTime();
                    Outbox.awaitEmpty(server, DRAIN_PATIENCE);
                    double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
                    answered.add(run.perSecond());
                    completed.add(run.requests() / (run.seconds() + drainSeconds));
                }
                runPgbench(pgbench, server, clients, IngestBenchmark.WARM_UP);
                List<Double> ceiling = new ArrayList<>();
                for (int i = 0; i < IngestBenchmark.RUNS; i++) {
                    ceiling.add(runPgbench(pgbench, server, clients, IngestBenchmark.RUN));
                }
                Measurement.Result serverRuns = Measurement.summary("server", completed);
                Measurement.Result pgbenchRuns = Measurement.summary("pgbench", ceiling);
                System.out.printf("%4d %18.0f %12.0f (%5.0f-%5.0f) %12.0f (%5.0f-%5.0f) %7.0f%%%n", clients,
                        Measurement.summary("answered", answered).median(), serverRuns.median(), serverRuns.min(),
                        serverRuns.max(), pgbenchRuns.median(), pgbenchRuns.min(), pgbenchRuns.max(),
                        100 * serverRuns.median() / pgbenchRuns.median());
                if (bestServer == null || serverRuns.median() > bestServer.median()) {
                    bestServer = serverRuns;
                    ceilingAtBest = pgbenchRuns;
                }
                if (bestCeiling == null || pgbenchRuns.median() > bestCeiling.median()) {
                    bestCeiling = pgbenchRuns;
                }
            }
            double atBestN = bestServer.median() / ceilingAtBest.median();
            System.out.printf("at the server's best N: %.0f%% of pgbench at that N; target at least 60%%: %s%n",
                    100 * atBestN, atBestN >= 0.6 ? "met" : "MISSED");
            System.out.printf("the server's best against pgbench's best: %.0f%%%n",
                    100 * bestServer.median() / bestCeiling.median());
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
                "-f", SCRIPTS.get(0).toAbsolutePath() + "@1", "-f", SCRIPTS.get(1).toAbsolutePath() + "@1",
                "aggregator").redirectErrorStream(true).start();
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
