package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.FaqCursor;
import io.aggregator.application.port.out.FaqPage;
import io.aggregator.application.port.out.FaqQuery;
import io.aggregator.application.port.out.FaqStore;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

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
        raiseVersion();
    }

    @Override
    public void addAll(List<Faq> faqs) {
        faqs.forEach(this::add);
    }

    @Override
    public boolean update(Faq faq) {
        return changed(rows().replace(faq.id(), faq) != null);
    }

    @Override
    public boolean delete(FaqId id) {
        return changed(rows().remove(id) != null);
    }

    @Override
    public long version() {
        var tenant = transactions.tenant();
        return transactions.database().faqVersions.of(tenant).getOrDefault(tenant, 0L);
    }

    /** Like the database's triggers: a write that changed rows raises the tenant's FAQ version. */
    private boolean changed(boolean anyRow) {
        if (anyRow) {
            raiseVersion();
        }
        return anyRow;
    }

    private void raiseVersion() {
        var tenant = transactions.tenant();
        transactions.database().faqVersions.of(tenant).merge(tenant, 1L, Long::sum);
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

    @Override
    public FaqPage page(FaqQuery query) {
        List<Faq> upToOneMore = rows().values().stream()
                .filter(faq -> query.active() == null || faq.active() == query.active())
                .filter(containing(query.search()))
                .filter(faq -> query.after() == null || comesAfter(faq, query.after()))
                .sorted(PRIORITY_THEN_OLDEST)
                .limit(query.limit() + 1L)
                .toList();
        return FaqPage.of(upToOneMore, query.limit());
    }

    /** What ILIKE '%search%' does over the three columns, with the search's wildcards taken literally. */
    private static Predicate<Faq> containing(String search) {
        if (search == null) {
            return faq -> true;
        }
        String needle = search.toLowerCase(Locale.ROOT);
        return faq -> faq.question().toLowerCase(Locale.ROOT).contains(needle)
                || faq.answer().toLowerCase(Locale.ROOT).contains(needle)
                || faq.keywords().asText().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The list order, as the SQL's keyset condition says it. */
    private static boolean comesAfter(Faq faq, FaqCursor cursor) {
        if (faq.priority() != cursor.priority()) {
            return faq.priority() < cursor.priority();
        }
        return UuidOrder.AS_POSTGRESQL.compare(faq.id().value(), cursor.id().value()) > 0;
    }
}
