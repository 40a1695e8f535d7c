package io.aggregator.benchmarks;

import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The FAQ matcher's evaluation set (domain/src/test/resources/faq-evaluation) for one language:
 * every tenant's FAQs together, and the labelled customer messages' texts.
 */
record EvaluationSet(List<Faq> faqs, List<String> messages) {
    private static final Path FOLDER = Path.of("domain", "src", "test", "resources", "faq-evaluation");

    static EvaluationSet load(String language) {
        Path folder = located();
        List<Faq> faqs = new ArrayList<>();
        for (String[] row : rows(folder.resolve(language + "-faqs.tsv"))) {
            // tenant, faq, priority, active, question, keywords, answer
            faqs.add(new Faq(FaqId.newId(), row[4], row[6], Keywords.parse(row[5]), Integer.parseInt(row[2]), true));
        }
        List<String> messages = rows(folder.resolve(language + "-messages.tsv")).stream().map(row -> row[3]).toList();
        return new EvaluationSet(List.copyOf(faqs), messages);
    }

    /** The folder, from the repository's root or from a module's directory. */
    private static Path located() {
        for (Path candidate : List.of(FOLDER, Path.of("..").resolve(FOLDER))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("run from the repository's root: " + FOLDER + " is not here");
    }

    private static List<String[]> rows(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
