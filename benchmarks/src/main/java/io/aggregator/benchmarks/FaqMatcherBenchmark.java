package io.aggregator.benchmarks;

import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqCandidate;
import io.aggregator.domain.faq.FaqMatcher;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * How long the FAQ matcher takes to answer one customer message, and what it allocates doing so,
 * for a tenant with 10 to 10,000 FAQs in English and in Russian. The FAQs are the evaluation set's
 * real ones, topped up with generated ones ({@link GeneratedFaqs}); the messages are the evaluation
 * set's real customer messages, taken in turn. JMH, one fork, warm-up then measured iterations; the
 * report gives each iteration's median, minimum and maximum.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class FaqMatcherBenchmark {
    @Param({"10", "100", "1000", "10000"})
    int faqs;

    @Param({"en", "ru"})
    String language;

    private FaqMatcher matcher;
    private String[] messages;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        EvaluationSet set = EvaluationSet.load(language);
        List<Faq> tenantFaqs = GeneratedFaqs.topUp(set.faqs(), faqs, language);
        matcher = FaqMatcher.of(tenantFaqs);
        messages = set.messages().toArray(String[]::new);
    }

    @Benchmark
    public Optional<FaqCandidate> match() {
        String message = messages[next];
        next = next + 1 == messages.length ? 0 : next + 1;
        return matcher.best(message, FaqMatcher.DEFAULT_MIN_SCORE);
    }

    public static void main(String[] args) throws Exception {
        exposeClassPathToForks();
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(FaqMatcherBenchmark.class.getSimpleName())
                .addProfiler(GCProfiler.class)
                .build()).run();
        System.out.println();
        System.out.println("FaqMatcher: one customer message matched against a tenant's FAQs (JMH, "
                + Runtime.getRuntime().availableProcessors() + " cores)");
        System.out.printf("%-4s %7s %14s %12s %12s %14s %14s%n", "lang", "FAQs", "median us/match", "min", "max",
                "matches/s", "bytes/match");
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            Statistics perIteration = result.getPrimaryResult().getStatistics();
            Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
            double median = perIteration.getPercentile(50);
            System.out.printf("%-4s %7s %14.2f %12.2f %12.2f %14.0f %14.0f%n", params.getParam("language"),
                    params.getParam("faqs"), median, perIteration.getMin(), perIteration.getMax(), 1_000_000 / median,
                    allocation == null ? Double.NaN : allocation.getScore());
        }
        System.out.println("Target: under 20 us per match at 1,000 FAQs.");
    }

    /**
     * JMH starts each fork with this JVM's class path; under {@code exec:java} that is Maven's own,
     * so it is set to the class path this class was loaded from.
     */
    private static void exposeClassPathToForks() throws URISyntaxException {
        if (FaqMatcherBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (var url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
        }
    }
}
