package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.FaqStore;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryFaqStore implements FaqStore {
    private static final Comparator<Faq> PRIORITY_THEN_OLDEST = Comparator.comparingInt(Faq::priority).reversed()
            .thenComparing(faq -> faq.id().value(), UuidOrder.AS_POSTGRESQL);

    private final InMemoryTransactions transactions;

    InMemoryFaqStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private Map<FaqId, Faq> rows() {
        return transactions.database().faqs.of(transactions.tenant());
    }

    @Override
    public void add(Faq faq) {
        transactions.database().faqs.of(transactions.tenantForWrite()).put(faq.id(), faq);
    }

    @Override
    public boolean update(Faq faq) {
        return rows().replace(faq.id(), faq) != null;
    }

    @Override
    public boolean delete(FaqId id) {
        return rows().remove(id) != null;
    }

    @Override
    public Optional<Faq> findById(FaqId id) {
        return Optional.ofNullable(rows().get(id));
    }

    @Override
    public List<Faq> listAll() {
        return rows().values().stream().sorted(PRIORITY_THEN_OLDEST).toList();
    }

    @Override
    public List<Faq> listActive() {
        return rows().values().stream().filter(Faq::active).sorted(PRIORITY_THEN_OLDEST).toList();
    }
}
