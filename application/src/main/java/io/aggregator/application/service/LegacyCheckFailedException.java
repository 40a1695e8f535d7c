package io.aggregator.application.service;

import java.util.List;

/** A tenant's copy does not match the old database; thrown so that its transaction keeps nothing. */
final class LegacyCheckFailedException extends RuntimeException {
    private final List<String> problems;

    LegacyCheckFailedException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
