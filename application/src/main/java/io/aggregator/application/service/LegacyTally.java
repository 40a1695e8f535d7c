package io.aggregator.application.service;

import io.aggregator.application.port.in.LegacyImportReport.TableCount;

/** One table's counts while a tenant is imported: each old row was here already, is added or is skipped. */
final class LegacyTally {
    private final String table;
    private int legacy;
    private int before;
    private int added;
    private int skipped;

    LegacyTally(String table) {
        this.table = table;
    }

    void alreadyHere() {
        legacy++;
        before++;
    }

    void added() {
        legacy++;
        added++;
    }

    void skipped() {
        legacy++;
        skipped++;
    }

    /** {@code count} old rows of which {@code newlyAdded} were added and the others were here. */
    void addedOf(int count, int newlyAdded) {
        legacy += count;
        added += newlyAdded;
        before += count - newlyAdded;
    }

    int expectedAfter() {
        return before + added;
    }

    TableCount count() {
        return count(expectedAfter());
    }

    /** With the number found here after the import, which the check compares with the expected one. */
    TableCount count(int foundAfter) {
        return new TableCount(table, legacy, before, added, skipped, foundAfter);
    }
}
