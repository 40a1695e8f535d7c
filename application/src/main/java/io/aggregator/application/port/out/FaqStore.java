package io.aggregator.application.port.out;

import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import java.util.List;
import java.util.Optional;

/** The current tenant's FAQ entries. Lists are ordered by priority, highest first, then oldest first. */
public interface FaqStore {

    void add(Faq faq);

    /** Adds all of them at once: an import's rows, in one round trip rather than one each. */
    void addAll(List<Faq> faqs);

    /** @return false if the tenant has no FAQ with that id */
    boolean update(Faq faq);

    /** @return false if the tenant has no FAQ with that id */
    boolean delete(FaqId id);

    Optional<Faq> findById(FaqId id);

    List<Faq> listAll();

    /** The entries that may answer customers. */
    List<Faq> listActive();

    /**
     * The entries {@code query} selects that come after its cursor, at most its limit. Read by the
     * position (keyset), never by skipping rows, so a page costs the same at any depth and entries
     * added or removed meanwhile neither repeat nor hide others.
     */
    FaqPage page(FaqQuery query);

    /**
     * A number that every change to the tenant's FAQs raises (0 before the first), so a copy of them
     * held in memory, on this node or another, can tell whether it is still current.
     */
    long version();
}
