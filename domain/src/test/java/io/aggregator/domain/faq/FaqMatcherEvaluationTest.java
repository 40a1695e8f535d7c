package io.aggregator.domain.faq;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.tenant.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the matcher on labelled customer messages: four example tenants (a café, technical
 * support, a clothing shop, a clinic) in each of the five languages, in
 * {@code src/test/resources/faq-evaluation}. A message is answered when its best FAQ reaches the
 * threshold; it is answered rightly when that is the FAQ it is labelled with, and falsely when it is
 * another one or when the message is labelled as answered by none.
 *
 * <p>Prints a report (the table in {@code docs/faq-matching.md}) and holds the matcher to quality
 * floors at {@link FaqMatcher#DEFAULT_MIN_SCORE}, below what it measures, so that a change to the
 * matcher that makes answers worse fails the build.
 */
class FaqMatcherEvaluationTest {
    /** At most this share of all messages may get a wrong answer at the default threshold. */
    private static final double MAX_FALSE_ANSWER_RATE = 0.05;
    /** And in no single language more than this. */
    private static final double MAX_FALSE_ANSWER_RATE_PER_LANGUAGE = 0.08;
    /** At least this share of the answerable messages must get their FAQ at the default threshold. */
    private static final double MIN_TOP_1_ACCURACY = 0.45;
    private static final double MIN_TOP_1_ACCURACY_PER_LANGUAGE = 0.35;

    private static final String NONE = "-";

    private static final List<LabelledMessage> MESSAGES = new ArrayList<>();
    private static final Map<String, List<Faq>> FAQS_BY_TENANT = new LinkedHashMap<>();
    private static final Map<FaqId, String> FAQ_NAMES = new HashMap<>();
    private static final List<Outcome> OUTCOMES = new ArrayList<>();

    private record LabelledMessage(Language language, String tenant, String expected, String kind, String text) {
        boolean answerable() {
            return !expected.equals(NONE);
        }
    }

    /** The best FAQ the matcher found for a message (its name, or - when none), and its score. */
    private record Outcome(LabelledMessage message, String found, double score) {
        boolean answered(double threshold) {
            return !found.equals(NONE) && score >= threshold;
        }

        boolean right(double threshold) {
            return answered(threshold) && found.equals(message.expected);
        }

        boolean wrong(double threshold) {
            return answered(threshold) && !found.equals(message.expected);
        }
    }

    @BeforeAll
    static void matchEveryMessage() {
        for (Language language : Language.values()) {
            for (String[] row : rows(language.code() + "-faqs.tsv", 7)) {
                String tenant = tenantKey(language, row[0]);
                FaqId id = new FaqId(UUID.nameUUIDFromBytes((tenant + "/" + row[1]).getBytes(StandardCharsets.UTF_8)));
                FAQ_NAMES.put(id, row[1]);
                FAQS_BY_TENANT.computeIfAbsent(tenant, key -> new ArrayList<>()).add(new Faq(id, row[4], row[6],
                        Keywords.parse(row[5]), Integer.parseInt(row[2]), Boolean.parseBoolean(row[3])));
            }
            for (String[] row : rows(language.code() + "-messages.tsv", 4)) {
                MESSAGES.add(new LabelledMessage(language, tenantKey(language, row[0]), row[1], row[2], row[3]));
            }
        }
        Map<String, FaqMatcher> matchers = new HashMap<>();
        FAQS_BY_TENANT.forEach((tenant, faqs) -> matchers.put(tenant, FaqMatcher.of(faqs)));
        for (LabelledMessage message : MESSAGES) {
            List<FaqCandidate> best = matchers.get(message.tenant).rank(message.text, 1);
            OUTCOMES.add(best.isEmpty()
                    ? new Outcome(message, NONE, 0)
                    : new Outcome(message, FAQ_NAMES.get(best.get(0).faq().id()), best.get(0).score()));
        }
    }

    @Test
    void theSetHoldsWhatItClaims() {
        assertThat(MESSAGES).hasSizeGreaterThanOrEqualTo(300);
        assertThat(count(MESSAGES, message -> !message.answerable()) * 3).isGreaterThanOrEqualTo(MESSAGES.size());
        assertThat(MESSAGES).extracting(LabelledMessage::language).containsAll(List.of(Language.values()));
        assertThat(FAQS_BY_TENANT.values()).allSatisfy(faqs -> assertThat(faqs).hasSizeBetween(8, 15));
        assertThat(MESSAGES).filteredOn(LabelledMessage::answerable).allSatisfy(message -> {
            assertThat(FAQS_BY_TENANT).containsKey(message.tenant);
            assertThat(FAQS_BY_TENANT.get(message.tenant)).as(message.toString())
                    .anySatisfy(faq -> {
                        assertThat(FAQ_NAMES.get(faq.id())).isEqualTo(message.expected);
                        assertThat(faq.active()).isTrue();
                    });
        });
        assertThat(MESSAGES).extracting(LabelledMessage::kind).containsOnly("paraphrase", "inflection", "typo",
                "chatty", "other-words", "unrelated", "near-miss", "inactive");
    }

    @Test
    void atTheDefaultThresholdFewAnswersAreWrongAndMostAreRight() {
        double threshold = FaqMatcher.DEFAULT_MIN_SCORE;
        System.out.println(report(threshold));

        assertThat(falseAnswerRate(OUTCOMES, threshold)).isLessThanOrEqualTo(MAX_FALSE_ANSWER_RATE);
        assertThat(top1Accuracy(OUTCOMES, threshold)).isGreaterThanOrEqualTo(MIN_TOP_1_ACCURACY);
        for (Language language : Language.values()) {
            List<Outcome> ofLanguage = OUTCOMES.stream().filter(outcome -> outcome.message.language == language)
                    .toList();
            assertThat(falseAnswerRate(ofLanguage, threshold)).as(language.code())
                    .isLessThanOrEqualTo(MAX_FALSE_ANSWER_RATE_PER_LANGUAGE);
            assertThat(top1Accuracy(ofLanguage, threshold)).as(language.code())
                    .isGreaterThanOrEqualTo(MIN_TOP_1_ACCURACY_PER_LANGUAGE);
        }
    }

    private static String report(double defaultThreshold) {
        StringBuilder report = new StringBuilder();
        int answerable = count(MESSAGES, LabelledMessage::answerable);
        report.append(String.format(Locale.ROOT, "%nFAQ matcher evaluation: %d messages (%d answerable, %d not) "
                + "to %d tenants%n%n", MESSAGES.size(), answerable, MESSAGES.size() - answerable,
                FAQS_BY_TENANT.size()));
        report.append("| threshold | top-1 accuracy | false answers | wrong FAQ | answered when none should |\n");
        report.append("| --- | --- | --- | --- | --- |\n");
        for (int step = 4; step <= 16; step++) {
            // a division, not step * 0.05: 14 * 0.05 is 0.7000000000000001, which would leave out a score of 0.7
            double threshold = step / 20.0;
            report.append(String.format(Locale.ROOT, "| %.2f%s | %s | %s | %d | %d |%n", threshold,
                    Math.abs(threshold - defaultThreshold) < 1e-9 ? " (default)" : "",
                    percent(top1Accuracy(OUTCOMES, threshold)), percent(falseAnswerRate(OUTCOMES, threshold)),
                    count(OUTCOMES, outcome -> outcome.message.answerable() && outcome.wrong(threshold)),
                    count(OUTCOMES, outcome -> !outcome.message.answerable() && outcome.wrong(threshold))));
        }
        report.append(String.format(Locale.ROOT, "%nAt the default threshold %.2f:%n%n", defaultThreshold));
        report.append("| language | messages | top-1 accuracy | false answers |\n| --- | --- | --- | --- |\n");
        Map<String, List<Outcome>> byLanguage = OUTCOMES.stream().collect(Collectors.groupingBy(
                outcome -> outcome.message.language.code(), LinkedHashMap::new, Collectors.toList()));
        byLanguage.put("all", OUTCOMES);
        byLanguage.forEach((language, outcomes) -> report.append(String.format(Locale.ROOT, "| %s | %d | %s | %s |%n",
                language, outcomes.size(), percent(top1Accuracy(outcomes, defaultThreshold)),
                percent(falseAnswerRate(outcomes, defaultThreshold)))));
        report.append("\n| kind | messages | answered rightly | answered wrongly |\n| --- | --- | --- | --- |\n");
        Map<String, List<Outcome>> byKind = OUTCOMES.stream().collect(Collectors.groupingBy(
                outcome -> outcome.message.kind, LinkedHashMap::new, Collectors.toList()));
        byKind.forEach((kind, outcomes) -> report.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n",
                kind, outcomes.size(), count(outcomes, outcome -> outcome.right(defaultThreshold)),
                count(outcomes, outcome -> outcome.wrong(defaultThreshold)))));
        report.append("\nWrong answers at the default threshold:\n");
        OUTCOMES.stream().filter(outcome -> outcome.wrong(defaultThreshold)).forEach(outcome -> report.append(
                String.format(Locale.ROOT, "  %s %.3f %s instead of %s: %s%n", outcome.message.tenant,
                        outcome.score, outcome.found, outcome.message.expected, outcome.message.text)));
        return report.toString();
    }

    /** Of the messages that an FAQ answers, the share that get that FAQ. */
    private static double top1Accuracy(List<Outcome> outcomes, double threshold) {
        List<Outcome> answerable = outcomes.stream().filter(outcome -> outcome.message.answerable()).toList();
        return (double) count(answerable, outcome -> outcome.right(threshold)) / answerable.size();
    }

    /** Of all messages, the share that get an FAQ that does not answer them. */
    private static double falseAnswerRate(List<Outcome> outcomes, double threshold) {
        return (double) count(outcomes, outcome -> outcome.wrong(threshold)) / outcomes.size();
    }

    private static <T> int count(List<T> items, Predicate<T> condition) {
        return (int) items.stream().filter(condition).count();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String tenantKey(Language language, String tenant) {
        return language.code() + "/" + tenant;
    }

    /** The rows of a tab-separated resource, without blank lines and # comments, each of {@code columns} cells. */
    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = FaqMatcherEvaluationTest.class.getResourceAsStream("/faq-evaluation/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertThat(cells).as(resource + " line " + number).hasSize(columns);
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
