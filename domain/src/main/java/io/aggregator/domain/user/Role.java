package io.aggregator.domain.user;

import io.aggregator.domain.Coded;

/** What a tenant user may do. */
public enum Role implements Coded {
    /** Settings, FAQs, users and integration keys of the tenant, and the inbox. */
    ADMIN,
    /** The inbox. */
    MANAGER;

    public static Role fromCode(String code) {
        return Coded.parse(Role.class, "role", code);
    }
}
