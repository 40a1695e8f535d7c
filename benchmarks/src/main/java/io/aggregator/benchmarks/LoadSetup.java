package io.aggregator.benchmarks;

import java.time.Duration;
import java.util.Map;

/**
 * What the load benchmarks start: the instant n8n, the server from the jar on a fresh embedded
 * PostgreSQL (in a data directory of the benchmark's name), and the benchmark's tenants with the
 * traffic drawn across them.
 */
record LoadSetup(InstantN8n n8n, ServerProcess server, CustomerTraffic traffic) implements AutoCloseable {
    /** The Zipf exponent of the traffic across tenants: the busiest of 100 gets about a fifth. */
    private static final double SKEW = 1.0;

    static LoadSetup start(String name, int tenants) throws Exception {
        var data = Environment.dataDirectory(name + "-data");
        Directories.deleteRecursively(data);
        System.out.println(Environment.machine());
        InstantN8n n8n = new InstantN8n();
        try {
            ServerProcess server = ServerProcess.start(Environment.jar(), data,
                    Map.of("WEBHOOK_ALLOWED_NETWORKS", "127.0.0.0/8"));
            try {
                return new LoadSetup(n8n, server, new CustomerTraffic(
                        BenchmarkTenants.create(ApiClient.platformAdmin(server), n8n, name, tenants), SKEW));
            } catch (Exception | Error failed) {
                server.close();
                throw failed;
            }
        } catch (Exception | Error failed) {
            n8n.close();
            throw failed;
        }
    }

    /** The clients of the JIT warm-up: few enough that the outbox keeps up with them. */
    private static final int WARM_UP_CLIENTS = 4;
    private static final Duration WARM_UP_SLICE = Duration.ofSeconds(10);
    private static final int WARM_UP_SLICES_MIN = 12;
    private static final int WARM_UP_SLICES_MAX = 24;
    /** A slice at most this much faster than the best before it means the JIT has settled. */
    private static final double SETTLED = 1.05;

    /**
     * Runs mixed traffic until the server's throughput stops rising, then lets the outbox drain. A
     * fresh JVM needs minutes of this traffic before its JIT has compiled the hot paths (on 2 cores
     * it still compiles a few methods a second after two minutes): a message at N=1 costs more than
     * twice as much CPU in the first minute as after the third. Every measurement comes after this.
     */
    void warmUp(LoadGenerator load) throws Exception {
        double best = 0;
        int slices = 0;
        double last;
        do {
            last = load.closedLoop(WARM_UP_CLIENTS, WARM_UP_SLICE, traffic::next).perSecond();
            slices++;
            boolean settled = slices >= WARM_UP_SLICES_MIN && last <= best * SETTLED;
            best = Math.max(best, last);
            if (settled) {
                break;
            }
        } while (slices < WARM_UP_SLICES_MAX);
        Outbox.awaitEmpty(server, Duration.ofMinutes(5));
        System.out.printf("JIT warm-up: %d s at N=%d, %.0f messages/s at the end%n",
                slices * WARM_UP_SLICE.toSeconds(), WARM_UP_CLIENTS, last);
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            n8n.close();
        }
    }
}
