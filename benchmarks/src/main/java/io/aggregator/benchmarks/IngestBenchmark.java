package io.aggregator.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingest throughput and latency: customer messages posted to the inbound endpoint by N concurrent
 * clients (closed loop: each sends its next message when the last is answered) across 100 tenants
 * with Zipf-skewed traffic, half answered by an FAQ and half routed to the AI (the instant n8n
 * answers at once, and the outbox workers send the AI requests and the deliveries meanwhile). For
 * each N: a warm-up, then several timed runs; the report gives the median, min and max of the runs.
 * The server starts from the built jar on a fresh embedded PostgreSQL.
 */
public final class IngestBenchmark {
    /** The client counts measured: {@code BENCH_CLIENTS}, comma-separated, else 1, 8, 32 and 64. */
    static final int[] CLIENTS = java.util.Arrays.stream(Environment.env("BENCH_CLIENTS", "1,8,32,64").split(","))
            .mapToInt(count -> Integer.parseInt(count.strip())).toArray();
    static final int TENANTS = 100;
    static final Duration WARM_UP = Duration.ofSeconds(5);
    static final Duration RUN = Duration.ofSeconds(10);
    static final int RUNS = 3;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (LoadSetup setup = LoadSetup.start("ingest", TENANTS)) {
            ServerProcess server = setup.server();
            InstantN8n n8n = setup.n8n();
            CustomerTraffic traffic = setup.traffic();
            LoadGenerator load = new LoadGenerator(server);
            setup.warmUp(load);
            System.out.printf("%d tenants, the busiest with %.0f%% of the messages; half FAQ, half AI%n", TENANTS,
                    traffic.busiestShare() * 100);
            System.out.println(RunReport.HEADER);
            List<RunReport> reports = new ArrayList<>();
            for (int clients : CLIENTS) {
                load.closedLoop(clients, WARM_UP, traffic::next);
                List<LoadGenerator.Run> runs = new ArrayList<>();
                ThreadCpu before = ThreadCpu.of(server.handle());
                for (int i = 0; i < RUNS; i++) {
                    runs.add(load.closedLoop(clients, RUN, traffic::next));
                }
                String threads = ThreadCpu.of(server.handle()).since(before,
                        runs.stream().mapToDouble(LoadGenerator.Run::seconds).sum());
                RunReport report = RunReport.of(clients, runs);
                reports.add(report);
                System.out.println(report.line() + String.format("  outbox pending after: %,d",
                        Outbox.pending(server)));
                System.out.println("       the JVM's CPU by threads, in cores: " + threads);
            }
            System.out.println("memory right after the last run: " + ProcessMemory.of(server).line());
            RunReport best = reports.stream().max(java.util.Comparator.comparingDouble(RunReport::perSecond))
                    .orElseThrow();
            System.out.printf("best: %.0f messages/s at N=%d; n8n got %,d AI requests and %,d deliveries; outbox: %s%n",
                    best.perSecond(), best.clients(), n8n.aiRequests(), n8n.deliveries(), Outbox.summary(server));
        }
    }
}
