package io.aggregator.application.port.out;

import io.aggregator.domain.faq.Faq;
import java.util.List;

/** One page of FAQs in list order; {@code hasMore} says whether a next page exists. */
public record FaqPage(List<Faq> items, boolean hasMore) {
    public FaqPage {
        items = List.copyOf(items);
    }

    /**
     * The page from what a store read with a limit one higher than asked: the extra row is not
     * shown, it only tells that there is more.
     */
    public static FaqPage of(List<Faq> upToOneMoreThanLimit, int limit) {
        boolean hasMore = upToOneMoreThanLimit.size() > limit;
        return new FaqPage(hasMore ? upToOneMoreThanLimit.subList(0, limit) : upToOneMoreThanLimit, hasMore);
    }

    /** Where the next page starts, or null on the last page. */
    public FaqCursor next() {
        return hasMore ? FaqCursor.of(items.get(items.size() - 1)) : null;
    }
}
