package io.aggregator.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bot turn end to end, under load: from posting a customer message to the instant n8n receiving
 * the delivery of the bot's answer, on the FAQ path (the answer is decided in the request) and on the
 * AI path (an AI request through the outbox, the instant n8n's answer, then the delivery). The load is
 * paced at half of the maximum throughput measured first in the same run (the outbox's backlog from
 * that measurement is let drain first), then at a tenth of it; every fourth message is a probe in a
 * chat of its own, alternately FAQ and AI, whose turn is timed.
 */
public final class BotTurnBenchmark {
    private static final int CLIENTS = 32;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration RUN = Duration.ofSeconds(10);
    private static final int RUNS = 3;
    private static final int PROBE_EVERY = 4;
    /**
     * The loads the turns are timed at, as shares of the maximum: half (the target's condition), and
     * a tenth, where the cores are mostly idle and a turn takes what its own steps take.
     */
    private static final double[] LOADS = {0.5, 0.1};

    /** A probe as it went out: when, and on which path. */
    private record Probe(long sentNanos, boolean faq) {
    }

    private BotTurnBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (LoadSetup setup = LoadSetup.start("turn", IngestBenchmark.TENANTS)) {
            ServerProcess server = setup.server();
            InstantN8n n8n = setup.n8n();
            CustomerTraffic traffic = setup.traffic();
            LoadGenerator load = new LoadGenerator(server);
            setup.warmUp(load);
            load.closedLoop(CLIENTS, WARM_UP, traffic::next);
            double maximum = load.closedLoop(CLIENTS, RUN, traffic::next).perSecond();
            System.out.printf("maximum %.0f messages/s at N=%d%n", maximum, CLIENTS);
            // the maximum's measurement left the outbox workers a backlog
            Outbox.awaitEmpty(server, Duration.ofMinutes(5));
            n8n.recordDeliveries();
            // probes are told apart by their chats, so their numbers go on across the loads
            AtomicLong sequence = new AtomicLong();
            for (double share : LOADS) {
                double rate = maximum * share;
                Turns turns = timeTurns(load, n8n, traffic, rate, sequence);
                System.out.println();
                System.out.printf("Bot turn at %.0f%% of the maximum (%.0f messages/s), customer message to delivery at "
                        + "n8n (median over runs; min-max)%n", share * 100, rate);
                report("FAQ path", turns.faq(), 25);
                report("AI path (the instant n8n answers at once)", turns.ai(), 50);
            }
        }
    }

    /** The timed turns of each path, a sorted array per run. */
    private record Turns(List<double[]> faq, List<double[]> ai) {
    }

    private static Turns timeTurns(LoadGenerator load, InstantN8n n8n, CustomerTraffic traffic, double rate,
                                   AtomicLong sequence) throws Exception {
        Map<String, Probe> probes = new ConcurrentHashMap<>();
        load.paced(CLIENTS, WARM_UP, rate, traffic::next, sent -> { });
        List<double[]> faqRuns = new ArrayList<>();
        List<double[]> aiRuns = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            probes.clear();
            load.paced(CLIENTS, RUN, rate, () -> {
                long n = sequence.incrementAndGet();
                return n % PROBE_EVERY == 0 ? traffic.next("probe-" + n, (n / PROBE_EVERY) % 2 == 0)
                        : traffic.next();
            }, sent -> {
                if (sent.message().channelChatId().startsWith("probe-")) {
                    probes.put(sent.message().channelChatId(), new Probe(sent.startNanos(), sent.message().faq()));
                }
            });
            awaitDeliveries(n8n, probes.keySet());
            faqRuns.add(turnMillis(n8n, probes, true));
            aiRuns.add(turnMillis(n8n, probes, false));
        }
        return new Turns(faqRuns, aiRuns);
    }

    private static void awaitDeliveries(InstantN8n n8n, java.util.Set<String> chats) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && chats.stream().anyMatch(chat -> n8n.deliveryTo(chat) == null)) {
            Thread.sleep(50);
        }
    }

    /** The turns' durations in ms, sorted; a probe whose answer never came counts as infinitely long. */
    private static double[] turnMillis(InstantN8n n8n, Map<String, Probe> probes, boolean faq) {
        return probes.entrySet().stream().filter(probe -> probe.getValue().faq() == faq)
                .mapToDouble(probe -> {
                    InstantN8n.Delivery delivery = n8n.deliveryTo(probe.getKey());
                    return delivery == null ? Double.POSITIVE_INFINITY
                            : (delivery.arrivedNanos() - probe.getValue().sentNanos()) / 1e6;
                }).sorted().toArray();
    }

    private static void report(String path, List<double[]> runs, double targetP99Millis) {
        double[] p50 = runs.stream().mapToDouble(turns -> Percentiles.of(turns, 50)).sorted().toArray();
        double[] p99 = runs.stream().mapToDouble(turns -> Percentiles.of(turns, 99)).sorted().toArray();
        int turns = runs.stream().mapToInt(run -> run.length).sum();
        double medianP99 = p99[p99.length / 2];
        System.out.printf("%-44s p50 %7.2f ms (%.2f-%.2f)   p99 %7.2f ms (%.2f-%.2f)   %d turns   target p99 < %.0f ms: %s%n",
                path, p50[p50.length / 2], p50[0], p50[p50.length - 1], medianP99, p99[0], p99[p99.length - 1], turns,
                targetP99Millis, medianP99 < targetP99Millis ? "met" : "MISSED");
    }
}
