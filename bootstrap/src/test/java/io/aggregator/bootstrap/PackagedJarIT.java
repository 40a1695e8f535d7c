package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable jar as a user runs it: {@code java -jar aggregator.jar}, no configuration. */
class PackagedJarIT {
    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path workDirectory;

    /** A started jar process and everything it printed. */
    private static final class RunningJar {
        final Process process;
        final StringBuffer output = new StringBuffer();
        final Thread reader;
        final CountDownLatch listening = new CountDownLatch(1);
        volatile int port = -1;

        RunningJar(Process process) {
            this.process = process;
            this.reader = new Thread(this::readOutput, "jar-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void readOutput() {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        port = Integer.parseInt(listening.group(1));
                        this.listening.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            } finally {
                // a process that ends without listening has nothing more to wait for
                listening.countDown();
            }
        }

        /** Waits until the server says where it listens, or its output ends. */
        boolean awaitListening() throws InterruptedException {
            return listening.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) && port > 0;
        }

        /** Waits for the process to end and for its last words to be read. */
        int awaitExit() throws InterruptedException {
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("ended in time").isTrue();
            reader.join(10_000);
            return process.exitValue();
        }

        int stop() throws InterruptedException {
            // SIGTERM through the handle: Process.destroy() would also close our end of its output
            process.toHandle().destroy();
            return awaitExit();
        }
    }

    private RunningJar start(Map<String, String> environment) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", System.getProperty("aggregator.jar"))
                .directory(workDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("DATABASE_") || name.equals("PORT")
                || name.equals("DATA_DIR") || name.equals("DEMO_DATA") || name.equals("HOST"));
        builder.environment().put("PORT", "0");
        builder.environment().put("HOST", "127.0.0.1");
        builder.environment().putAll(environment);
        return new RunningJar(builder.start());
    }

    private static int get(RunningJar jar, String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + jar.port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void runsWithoutConfiguration_servesTheWebApplication_stopsCleanlyOnSigterm_andKeepsItsDataForTheNextStart() throws Exception {
        RunningJar first = start(Map.of());
        assertThat(first.awaitListening()).as(first.output.toString()).isTrue();
        assertThat(get(first, "/health")).isEqualTo(200);
        assertThat(get(first, "/ready")).isEqualTo(200);
        assertThat(get(first, "/")).as("the web application").isEqualTo(200);
        assertThat(get(first, "/js/app.js")).isEqualTo(200);
        int exitCode = first.stop();

        assertThat(first.output).contains("(new)").contains("demo data: created tenant coffee_shop_123")
                .contains("created the first platform admin").contains("aggregator stopped");
        assertThat(exitCode).as("exit code after SIGTERM").isIn(0, 143);
        Path data = workDirectory.resolve("data/postgres");
        assertThat(data.resolve("PG_VERSION")).exists();
        assertThat(data.resolve("postmaster.pid")).as("PostgreSQL shut down").doesNotExist();

        RunningJar second = start(Map.of());
        assertThat(second.awaitListening()).as(second.output.toString()).isTrue();
        assertThat(get(second, "/ready")).isEqualTo(200);
        second.stop();
        assertThat(second.output).doesNotContain("(new)").doesNotContain("demo data: created");
    }

    @Test
    void badConfigurationFailsFastNamingEachVariable() throws Exception {
        RunningJar jar = start(Map.of("PORT", "70000", "DATABASE_URL", "mysql://db/x"));

        assertThat(jar.awaitExit()).isEqualTo(Main.EXIT_BAD_CONFIGURATION);
        assertThat(jar.output).contains("PORT must be a whole number between 0 and 65535, got '70000'")
                .contains("DATABASE_URL is not a PostgreSQL URL");
    }

    @Test
    void aFirstAdminPasswordThePolicyRefusesIsReportedAsConfiguration() throws Exception {
        RunningJar jar = start(Map.of("PLATFORM_ADMIN_USERNAME", "boss", "PLATFORM_ADMIN_PASSWORD",
                "boss-and-a-long-password", "DEMO_DATA", "false"));

        assertThat(jar.awaitExit()).isEqualTo(Main.EXIT_BAD_CONFIGURATION);
        assertThat(jar.output).contains("PLATFORM_ADMIN_PASSWORD must not contain the username")
                .doesNotContain("\tat ");
    }

    @Test
    void anEmbeddedDatabaseThatCannotStartExitsWithAReasonNotAStackTrace() throws Exception {
        Path notADirectory = Files.writeString(workDirectory.resolve("occupied"), "a file, not a directory");

        RunningJar jar = start(Map.of("DATA_DIR", notADirectory.toString()));

        assertThat(jar.awaitExit()).isEqualTo(Main.EXIT_STARTUP_FAILED);
        assertThat(jar.output).contains("embedded PostgreSQL could not start").contains("DATABASE_URL")
                .doesNotContain("\tat ");
    }
}
