package io.aggregator.domain.archviolation;

import io.javalin.http.Context;

/** Deliberately breaks the domain rules, to show that the rules catch it. Never part of the product. */
public final class DomainClassUsingJavalin {
    public String path(Context context) {
        return context.path();
    }
}
