package io.aggregator.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The server JVM's CPU time by thread, from Linux's /proc/<pid>/task/<tid>/stat, summed into the
 * server's kinds of threads: where the JVM's CPU goes during a run, including what a sampling
 * profiler of Java code does not see (the JIT compiler, the garbage collector, time in the kernel).
 */
final class ThreadCpu {
    /**
     * Thread names, by prefix, and what the report calls them; the first that matches counts. Linux
     * keeps the first 15 characters of a thread's name.
     */
    private static final List<Map.Entry<String, String>> KINDS = List.of(
            Map.entry("JettyServerThre", "HTTP requests"),
            Map.entry("outbox-sender", "outbox senders"),
            Map.entry("outbox-claimer", "outbox claimer"),
            Map.entry("HttpClient", "webhook calls (HTTP client)"),
            Map.entry("C1 CompilerThre", "JIT compiler"),
            Map.entry("C2 CompilerThre", "JIT compiler"),
            Map.entry("GC Thread", "garbage collector"),
            Map.entry("G1 ", "garbage collector"),
            Map.entry("postgres-listen", "LISTEN (live events, outbox)"),
            Map.entry("conversation-jo", "timers (AI timeouts, reactivation)"));
    private static final String OTHER = "other";
    /** Linux's USER_HZ: the unit of the times in stat, 100 on every common architecture. */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Long> ticksByKind;

    private ThreadCpu(Map<String, Long> ticksByKind) {
        this.ticksByKind = ticksByKind;
    }

    static ThreadCpu of(ProcessHandle jvm) throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(jvm.pid()), "task"))) {
            for (Path thread : threads.toList()) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (NoSuchFileException ended) {
                    continue;
                }
                // "tid (name) state ppid ...": the name may hold spaces and parentheses, so the fields
                // are counted from the last ')'; utime and stime are the 14th and 15th
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.merge(kindOf(name), Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
            }
        }
        return new ThreadCpu(ticks);
    }

    private static String kindOf(String threadName) {
        return KINDS.stream().filter(kind -> threadName.startsWith(kind.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(OTHER);
    }

    /**
     * The CPU each kind of thread used since {@code before}, in cores over {@code seconds}, the
     * biggest first; threads that ended meanwhile are not counted.
     */
    String since(ThreadCpu before, double seconds) {
        List<Map.Entry<String, Double>> cores = new ArrayList<>();
        ticksByKind.forEach((kind, ticks) -> cores.add(Map.entry(kind,
                (ticks - before.ticksByKind.getOrDefault(kind, 0L)) / TICKS_PER_SECOND / seconds)));
        cores.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, Double> kind : cores) {
            if (kind.getValue() >= 0.005) {
                line.append(line.length() == 0 ? "" : ", ").append(String.format("%s %.2f", kind.getKey(),
                        kind.getValue()));
            }
        }
        return line.toString();
    }
}
