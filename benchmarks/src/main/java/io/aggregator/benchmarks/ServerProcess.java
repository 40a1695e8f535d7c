package io.aggregator.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The server, started from the built jar with its embedded PostgreSQL on ports of its own. */
final class ServerProcess implements AutoCloseable {
    static final String ADMIN_PASSWORD = "a long password for measuring";

    private final Process process;
    private final Path dataDirectory;
    final int httpPort;
    final int databasePort;
    /** From starting {@code java -jar} to the first 200 from {@code /ready}. */
    private Duration startup;

    private ServerProcess(Process process, Path dataDirectory, int httpPort, int databasePort) {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.httpPort = httpPort;
        this.databasePort = databasePort;
    }

    static ServerProcess start(Path jar, Path dataDirectory) throws Exception {
        return start(jar, dataDirectory, Map.of());
    }

    /** Starts the jar with these environment variables added to (or overriding) the usual ones. */
    static ServerProcess start(Path jar, Path dataDirectory, Map<String, String> environment) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first with ./mvnw -q -DskipTests package");
        }
        int httpPort = freePort();
        int databasePort = freePort();
        List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command()
                .orElse("java")));
        // BENCH_SERVER_JVM_OPTIONS: for a profile, such as -XX:StartFlightRecording=filename=server.jfr
        String jvmOptions = Environment.env("BENCH_SERVER_JVM_OPTIONS", "");
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("DATABASE_"));
        builder.environment().putAll(Map.of("PORT", Integer.toString(httpPort), "HOST", "127.0.0.1",
                "DATA_DIR", dataDirectory.toString(), "EMBEDDED_DATABASE_PORT", Integer.toString(databasePort),
                "DEMO_DATA", "false", "PLATFORM_ADMIN_USERNAME", "bench", "PLATFORM_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "DATABASE_POOL_SIZE", "20", "RATE_LIMIT_PER_MINUTE", "1000000"));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        Files.createDirectories(dataDirectory.getParent());
        Path logFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
        Thread logs = new Thread(() -> drain(process, logFile), "server-log");
        logs.setDaemon(true);
        logs.start();
        ServerProcess server = new ServerProcess(process, dataDirectory, httpPort, databasePort);
        server.awaitReady();
        server.startup = Duration.ofNanos(System.nanoTime() - started);
        return server;
    }

    /**
     * Keeps the server's whole log in a file beside its data directory and shows the lines worth
     * seeing during a benchmark: the start line, warnings and errors (without their stack traces).
     */
    private static void drain(Process process, Path logFile) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             var log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.write(line);
                log.newLine();
                if (line.contains("WARN") || line.contains("ERROR") || line.contains("listening")
                        || line.startsWith("aggregator:") || line.startsWith("  - ")) {
                    System.out.println("  server: " + line);
                }
            }
        } catch (IOException ended) {
            // the server stopped
        }
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped with exit code " + process.exitValue());
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the server was not ready within 3 minutes");
    }

    Duration startup() {
        return startup;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * The embedded PostgreSQL's processes: its postmaster (pg_ctl starts it detached from the JVM, so
     * it is no child of the server's process) and the postmaster's children.
     */
    List<ProcessHandle> databaseProcesses() throws IOException {
        Path pidFile = dataDirectory.resolve("postgres").resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return List.of();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        return ProcessHandle.of(pid).map(postmaster -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(postmaster), postmaster.descendants()).toList()).orElse(List.of());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The embedded PostgreSQL's superuser: it trusts local connections, so no password is needed. */
    java.sql.Connection superuser() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(databaseUrl(), "postgres", "");
    }

    String databaseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + databasePort + "/aggregator";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
    }
}
