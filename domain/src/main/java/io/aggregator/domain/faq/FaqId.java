package io.aggregator.domain.faq;

import io.aggregator.domain.Require;
import io.aggregator.domain.Uuids;
import java.util.UUID;

/** Identifies one FAQ entry within its tenant. */
public record FaqId(UUID value) {
    public FaqId {
        Require.present("faq_id", value);
    }

    public static FaqId newId() {
        return new FaqId(Uuids.timeOrdered());
    }

    public static FaqId parse(String text) {
        return new FaqId(Uuids.parse("faq_id", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
