package io.aggregator.benchmarks;

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

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            n8n.close();
        }
    }
}
