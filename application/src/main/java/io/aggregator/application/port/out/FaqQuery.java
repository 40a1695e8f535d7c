package io.aggregator.application.port.out;

import io.aggregator.domain.Require;

/**
 * Which FAQs to list, one page at a time, in the list's order (see {@link FaqCursor}).
 *
 * @param active null for active and inactive entries alike
 * @param search null for all entries, else text that the question, the answer or the keywords must
 *               contain, ignoring case; {@code %}, {@code _} and {@code \} in it are plain characters
 * @param after  null for the first page, else the position of the last entry already seen
 */
public record FaqQuery(Boolean active, String search, FaqCursor after, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_SEARCH_LENGTH = 200;

    public FaqQuery {
        search = search == null || search.isBlank() ? null
                : Require.optionalText("q", search.strip(), MAX_SEARCH_LENGTH);
        Require.inRange("limit", limit, 1, MAX_LIMIT);
    }

    public static FaqQuery firstPage(int limit) {
        return new FaqQuery(null, null, null, limit);
    }

    /** The same query for the page that starts after {@code position}. */
    public FaqQuery pageAfter(FaqCursor position) {
        return new FaqQuery(active, search, position, limit);
    }
}
