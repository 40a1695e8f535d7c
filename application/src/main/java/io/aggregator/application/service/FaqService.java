package io.aggregator.application.service;

import io.aggregator.application.port.in.ManageFaqsUseCase;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.out.FaqPage;
import io.aggregator.application.port.out.FaqQuery;
import io.aggregator.application.port.out.FaqStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.Violation;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A tenant's FAQs; each use case is one transaction bound to the tenant, which must exist. */
public final class FaqService implements ManageFaqsUseCase {
    private final Transactions transactions;
    private final TenantStore tenants;
    private final FaqStore faqs;

    public FaqService(Transactions transactions, TenantStore tenants, FaqStore faqs) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.faqs = faqs;
    }

    @Override
    public FaqPage list(TenantId tenant, FaqQuery query) {
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            return faqs.page(query);
        });
    }

    @Override
    public Faq get(TenantId tenant, FaqId id) {
        return transactions.inTenant(tenant, () -> existing(tenant, id));
    }

    @Override
    public Faq create(TenantId tenant, FaqContent content) {
        Faq faq = faq(FaqId.newId(), content);
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            faqs.add(faq);
            return faq;
        });
    }

    @Override
    public Faq replace(TenantId tenant, FaqId id, FaqContent content) {
        Faq replacement = faq(id, content);
        return modify(tenant, id, current -> replacement);
    }

    @Override
    public Faq activate(TenantId tenant, FaqId id) {
        return modify(tenant, id, faq -> faq.withActive(true));
    }

    @Override
    public Faq deactivate(TenantId tenant, FaqId id) {
        return modify(tenant, id, faq -> faq.withActive(false));
    }

    @Override
    public void delete(TenantId tenant, FaqId id) {
        transactions.runInTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            if (!faqs.delete(id)) {
                throw noSuchFaq(id);
            }
        });
    }

    @Override
    public ImportReport importFaqs(TenantId tenant, List<ImportRow> rows, ImportMode mode) {
        if (rows.isEmpty()) {
            throw ValidationException.of("rows", "there is nothing to import");
        }
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw ValidationException.of("rows", "an import takes at most " + MAX_IMPORT_ROWS + " FAQs, got "
                    + rows.size() + "; split it into several");
        }
        List<Faq> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (ImportRow row : rows) {
            List<Violation> problems = new ArrayList<>(row.unreadable());
            if (row.content() != null) {
                try {
                    Faq faq = faq(FaqId.newId(), row.content());
                    if (problems.isEmpty()) {
                        accepted.add(faq);
                    }
                } catch (ValidationException e) {
                    problems.addAll(e.violations());
                }
            }
            if (!problems.isEmpty()) {
                rejected.add(new RejectedRow(row.row(), problems));
            }
        }
        if (mode == ImportMode.ALL_OR_NOTHING && !rejected.isEmpty()) {
            throw new ValidationException(rejected.size() + " of " + rows.size() + " rows are invalid, so nothing "
                    + "was imported; correct them, or import the others alone with partial=true",
                    rejected.stream().flatMap(row -> row.violations().stream()).toList());
        }
        transactions.runInTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            faqs.addAll(accepted);
        });
        return new ImportReport(accepted.size(), rejected);
    }

    @Override
    public List<Faq> export(TenantId tenant) {
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            return faqs.listAll();
        });
    }

    private Faq modify(TenantId tenant, FaqId id, UnaryOperator<Faq> change) {
        return transactions.inTenant(tenant, () -> {
            Faq changed = change.apply(existing(tenant, id));
            if (!faqs.update(changed)) {
                // deleted by another transaction since it was read
                throw noSuchFaq(id);
            }
            return changed;
        });
    }

    /** Must run inside the tenant's transaction. */
    private Faq existing(TenantId tenant, FaqId id) {
        ExistingTenant.require(tenants, tenant);
        return faqs.findById(id).orElseThrow(() -> noSuchFaq(id));
    }

    private static NotFoundException noSuchFaq(FaqId id) {
        return new NotFoundException("no FAQ " + id);
    }

    private static Faq faq(FaqId id, FaqContent content) {
        return new Faq(id, content.question(), content.answer(),
                content.keywords() == null ? Keywords.none() : content.keywords(),
                content.priority() == null ? Faq.DEFAULT_PRIORITY : content.priority(),
                content.active() == null || content.active());
    }
}
