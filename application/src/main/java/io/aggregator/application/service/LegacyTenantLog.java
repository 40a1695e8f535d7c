package io.aggregator.application.service;

import java.util.ArrayList;
import java.util.List;

/** What one tenant's import has to say: decisions, rows left out and why, and what makes it fail. */
final class LegacyTenantLog {
    final List<String> notes = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    void note(String text) {
        notes.add(text);
    }

    void skipped(String text) {
        skipped.add(text);
    }

    void problem(String text) {
        problems.add(text);
    }
}
