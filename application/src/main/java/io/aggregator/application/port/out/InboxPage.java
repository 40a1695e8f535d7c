package io.aggregator.application.port.out;

import java.util.List;

/** One page of the inbox in list order; {@code hasMore} says whether a next page exists. */
public record InboxPage(List<InboxRow> items, boolean hasMore) {
    public InboxPage {
        items = List.copyOf(items);
    }

    /**
     * The page from what a store read with a limit one higher than asked: the extra row is not
     * shown, it only tells that there is more.
     */
    public static InboxPage of(List<InboxRow> upToOneMoreThanLimit, int limit) {
        boolean hasMore = upToOneMoreThanLimit.size() > limit;
        return new InboxPage(hasMore ? upToOneMoreThanLimit.subList(0, limit) : upToOneMoreThanLimit, hasMore);
    }

    /** Where the next page starts, or null on the last page. */
    public InboxCursor next() {
        return hasMore ? InboxCursor.of(items.get(items.size() - 1).chat()) : null;
    }
}
