package io.aggregator.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Posts customer messages to the server's inbound endpoint from N client threads, each with its own
 * HTTP connection, for a given time: as fast as answers come (closed loop), or at a fixed total rate
 * (paced). Records each request's latency and what the server, its database and the generator
 * itself used of the CPU meanwhile.
 */
final class LoadGenerator {
    /** What one timed run gave: requests, failures, latencies (ms, sorted), and CPU seconds used. */
    record Run(int clients, long requests, Map<String, Long> failures, double seconds, double[] latenciesMillis,
               double serverCpuSeconds, double databaseCpuSeconds, double generatorCpuSeconds) {
        long failureCount() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double percentile) {
            return Percentiles.of(latenciesMillis, percentile);
        }

        /** Cores in use on average: CPU seconds over wall seconds. */
        double serverCores() {
            return serverCpuSeconds / seconds;
        }

        double databaseCores() {
            return databaseCpuSeconds / seconds;
        }

        double generatorCores() {
            return generatorCpuSeconds / seconds;
        }
    }

    private final String baseUrl;
    private final ServerProcess server;

    LoadGenerator(ServerProcess server) {
        this.baseUrl = server.baseUrl();
        this.server = server;
    }

    /** As fast as the server answers, with {@code clients} requests in flight. */
    Run closedLoop(int clients, Duration duration, Supplier<CustomerTraffic.Message> messages)
            throws InterruptedException {
        return run(clients, duration, 0, messages, message -> { });
    }

    /**
     * At {@code perSecond} messages in all, spread over the clients; each sent message is also
     * given to {@code sent} (with its send time) as it goes out.
     */
    Run paced(int clients, Duration duration, double perSecond, Supplier<CustomerTraffic.Message> messages,
              Consumer<Sent> sent) throws InterruptedException {
        return run(clients, duration, perSecond, messages, sent);
    }

    /** A message as it went out. */
    record Sent(CustomerTraffic.Message message, long startNanos) {
    }

    private Run run(int clients, Duration duration, double perSecond, Supplier<CustomerTraffic.Message> messages,
                    Consumer<Sent> sent) throws InterruptedException {
        Map<String, Long> failures = new ConcurrentHashMap<>();
        List<Latencies> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long serverCpuBefore = cpuNanos(server.handle());
        long databaseCpuBefore = databaseCpuNanos();
        long generatorCpuBefore = cpuNanos(ProcessHandle.current());
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long intervalNanos = perSecond > 0 ? (long) (clients * 1e9 / perSecond) : 0;
        for (int c = 0; c < clients; c++) {
            Latencies own = new Latencies();
            latencies.add(own);
            long firstSend = start + intervalNanos * c / clients;
            Thread thread = new Thread(() -> clientLoop(own, end, intervalNanos, firstSend, failures, messages, sent),
                    "client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] all = latencies.stream().flatMapToLong(Latencies::values).mapToDouble(nanos -> nanos / 1e6).sorted()
                .toArray();
        return new Run(clients, all.length, Map.copyOf(failures), seconds, all,
                (cpuNanos(server.handle()) - serverCpuBefore) / 1e9, (databaseCpuNanos() - databaseCpuBefore) / 1e9,
                (cpuNanos(ProcessHandle.current()) - generatorCpuBefore) / 1e9);
    }

    private void clientLoop(Latencies latencies, long end, long intervalNanos, long firstSend,
                            Map<String, Long> failures,
                            Supplier<CustomerTraffic.Message> messages, Consumer<Sent> sent) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long nextSend = firstSend;
        while (System.nanoTime() < end) {
            if (intervalNanos > 0) {
                long wait = nextSend - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                nextSend += intervalNanos;
            }
            CustomerTraffic.Message message = messages.get();
            long started = System.nanoTime();
            sent.accept(new Sent(message, started));
            try {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(
                                URI.create(baseUrl + "/api/v1/tenants/" + message.tenant().id() + "/messages"))
                        .header("Authorization", "Bearer " + message.tenant().key())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(message.body())).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() != 202) {
                    failures.merge("HTTP " + answer.statusCode(), 1L, Long::sum);
                }
            } catch (Exception failed) {
                failures.merge(failed.getClass().getSimpleName(), 1L, Long::sum);
            }
            latencies.add(System.nanoTime() - started);
        }
    }

    /** One client's latencies, growing as it goes. */
    private static final class Latencies {
        private long[] values = new long[1 << 14];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        java.util.stream.LongStream values() {
            return Arrays.stream(values, 0, size);
        }
    }

    /** CPU time of the database's processes. */
    private long databaseCpuNanos() {
        long total = 0;
        try {
            for (ProcessHandle database : server.databaseProcesses()) {
                total += cpuNanos(database);
            }
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
        return total;
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
