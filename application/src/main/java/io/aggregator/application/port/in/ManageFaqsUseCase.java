package io.aggregator.application.port.in;

import io.aggregator.application.port.out.FaqPage;
import io.aggregator.application.port.out.FaqQuery;
import io.aggregator.domain.Violation;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.TenantId;
import java.util.List;
import java.util.Objects;

/** A tenant admin's work on the tenant's FAQs: list, edit, switch on and off, import and export. */
public interface ManageFaqsUseCase {
    /** The most rows one import takes; a larger file is refused whole, before any row is looked at. */
    int MAX_IMPORT_ROWS = 5_000;

    /**
     * An FAQ as a client writes it; the server chooses the id. Null {@code keywords}, {@code priority}
     * and {@code active} take the defaults: none, {@link Faq#DEFAULT_PRIORITY}, active.
     */
    record FaqContent(String question, String answer, Keywords keywords, Integer priority, Boolean active) {
    }

    /**
     * One row of an import, numbered as the client counts: a JSON array's position from 1, a CSV
     * file's line. {@code unreadable} holds what the adapter could not read into {@code content} (such
     * fields are null there); {@code content} is null when nothing of the row could be read.
     */
    record ImportRow(int row, FaqContent content, List<Violation> unreadable) {
        public ImportRow {
            unreadable = List.copyOf(unreadable);
            if (content == null && unreadable.isEmpty()) {
                throw new IllegalArgumentException("row " + row + " has neither content nor a reason why not");
            }
        }

        public static ImportRow read(int row, FaqContent content) {
            return new ImportRow(row, Objects.requireNonNull(content, "content"), List.of());
        }
    }

    enum ImportMode {
        /** One bad row and nothing is imported. */
        ALL_OR_NOTHING,
        /** The good rows are imported, the bad ones reported. */
        GOOD_ROWS_ONLY
    }

    /** A row that was not imported, with every reason. */
    record RejectedRow(int row, List<Violation> problems) {
        public RejectedRow {
            problems = List.copyOf(problems);
        }

        /** The problems with the row named in each field ("row 3: question"), for one flat list of errors. */
        public List<Violation> violations() {
            return problems.stream().map(problem -> new Violation("row " + row + ": " + problem.field(),
                    problem.message())).toList();
        }
    }

    record ImportReport(int imported, List<RejectedRow> rejected) {
        public ImportReport {
            rejected = List.copyOf(rejected);
        }
    }

    /** @throws NotFoundException for this and every other use case here, if there is no such tenant */
    FaqPage list(TenantId tenant, FaqQuery query);

    /** @throws NotFoundException also if the tenant has no FAQ with that id */
    Faq get(TenantId tenant, FaqId id);

    Faq create(TenantId tenant, FaqContent content);

    /** Replaces every field; absent ones take the defaults, as on create. */
    Faq replace(TenantId tenant, FaqId id, FaqContent content);

    Faq activate(TenantId tenant, FaqId id);

    Faq deactivate(TenantId tenant, FaqId id);

    void delete(TenantId tenant, FaqId id);

    /**
     * Adds the rows' FAQs as new entries, in one transaction; existing entries are left as they are.
     *
     * @throws io.aggregator.domain.ValidationException listing every problem of every bad row in
     *                                                  {@link ImportMode#ALL_OR_NOTHING}; if there are no rows or
     *                                                  more than {@link #MAX_IMPORT_ROWS}
     */
    ImportReport importFaqs(TenantId tenant, List<ImportRow> rows, ImportMode mode);

    /** Every entry, in list order. */
    List<Faq> export(TenantId tenant);
}
