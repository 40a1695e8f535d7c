package io.aggregator.domain.faq;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An FAQ's keywords: words or short phrases ("opening hours") that point to it. Written as the seed's
 * comma-separated text; blanks and repeats (ignoring case) are dropped, the first spelling kept.
 */
public record Keywords(List<String> values) {
    public static final int MAX_KEYWORDS = 50;
    public static final int MAX_KEYWORD_LENGTH = 100;

    private static final Keywords NONE = new Keywords(List.of());

    public Keywords {
        Require.present("keywords", values);
        if (values.size() > MAX_KEYWORDS) {
            throw ValidationException.of("keywords", "may list at most " + MAX_KEYWORDS + " keywords, got "
                    + values.size());
        }
        for (String keyword : values) {
            Require.text("keywords", keyword, MAX_KEYWORD_LENGTH);
            requireNoComma(keyword);
        }
        values = List.copyOf(values);
    }

    public static Keywords none() {
        return NONE;
    }

    /** Parses the comma-separated form; {@code null} or blank text means no keywords. */
    public static Keywords parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return NONE;
        }
        return normalised(Arrays.asList(commaSeparated.split(",")));
    }

    /**
     * Keywords given one by one, tidied as {@link #parse} tidies them, so that they read back from
     * the comma-separated storage form exactly as they are returned here.
     */
    public static Keywords of(List<String> keywords) {
        Require.present("keywords", keywords);
        for (String keyword : keywords) {
            Require.present("keywords", keyword);
            // it would split in two when stored
            requireNoComma(keyword);
        }
        return normalised(keywords);
    }

    /** The seed's storage form: keywords joined by ", ". */
    public String asText() {
        return String.join(", ", values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static Keywords normalised(List<String> parts) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String keyword = part.strip().replaceAll("\\s+", " ");
            if (!keyword.isEmpty() && seen.add(keyword.toLowerCase(Locale.ROOT))) {
                kept.add(keyword);
            }
        }
        return kept.isEmpty() ? NONE : new Keywords(kept);
    }

    private static void requireNoComma(String keyword) {
        if (keyword.contains(",")) {
            throw ValidationException.of("keywords", "a keyword cannot contain a comma: '" + keyword + "'");
        }
    }
}
