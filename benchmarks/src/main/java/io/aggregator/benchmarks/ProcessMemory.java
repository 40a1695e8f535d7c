package io.aggregator.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the server holds in memory, from Linux's /proc: the JVM's resident set (RSS), and the
 * proportional set (PSS) of the JVM and of the embedded PostgreSQL's processes. PostgreSQL's
 * processes share their buffers, so their RSS summed would count the shared pages once per process;
 * PSS divides each shared page among the processes that map it, so the sum is the real total.
 */
record ProcessMemory(long jvmRssKb, long jvmPssKb, long databasePssKb, int databaseProcesses) {

    static ProcessMemory of(ServerProcess server) throws IOException {
        List<ProcessHandle> database = server.databaseProcesses();
        long databasePss = 0;
        for (ProcessHandle process : database) {
            databasePss += field(process, "smaps_rollup", "Pss:");
        }
        ProcessHandle jvm = server.handle();
        return new ProcessMemory(field(jvm, "status", "VmRSS:"), field(jvm, "smaps_rollup", "Pss:"), databasePss,
                database.size());
    }

    String line() {
        return String.format("JVM RSS %,d MB (PSS %,d MB); embedded PostgreSQL PSS %,d MB in %d processes; "
                + "together %,d MB", jvmRssKb / 1024, jvmPssKb / 1024, databasePssKb / 1024, databaseProcesses,
                (jvmPssKb + databasePssKb) / 1024);
    }

    /** A "Name:   123 kB" line of /proc/<pid>/<file>, in kB; 0 when the process has gone. */
    private static long field(ProcessHandle process, String file, String name) throws IOException {
        Path path = Path.of("/proc", Long.toString(process.pid()), file);
        if (!Files.isReadable(path)) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(path)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
                }
            }
        } catch (java.nio.file.NoSuchFileException gone) {
            return 0;
        }
        return 0;
    }
}
