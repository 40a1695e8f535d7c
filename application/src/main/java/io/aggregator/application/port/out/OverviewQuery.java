package io.aggregator.application.port.out;

import io.aggregator.domain.Coded;
import io.aggregator.domain.Require;

/** Which page of the overview of all tenants, in which order. */
public record OverviewQuery(Sort sort, boolean descending, int limit, int offset) {
    public static final int MAX_LIMIT = 200;

    /** The columns the overview may be sorted by; ties are broken by tenant id. */
    public enum Sort implements Coded {
        TENANT_ID, DISPLAY_NAME, CHATS, MESSAGES, FAQS, USERS, LAST_UPDATED;

        public static Sort fromCode(String code) {
            return Coded.parse(Sort.class, "sort", code);
        }
    }

    public OverviewQuery {
        Require.present("sort", sort);
        Require.inRange("limit", limit, 1, MAX_LIMIT);
        Require.notNegative("offset", offset);
    }
}
