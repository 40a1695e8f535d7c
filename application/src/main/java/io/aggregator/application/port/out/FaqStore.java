package io.aggregator.application.port.out;

import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import java.util.List;
import java.util.Optional;

/** The current tenant's FAQ entries. Lists are ordered by priority, highest first, then oldest first. */
public interface FaqStore {

    void add(Faq faq);

    /** @return false if the tenant has no FAQ with that id */
    boolean update(Faq faq);

    /** @return false if the tenant has no FAQ with that id */
    boolean delete(FaqId id);

    Optional<Faq> findById(FaqId id);

    List<Faq> listAll();

    /** The entries that may answer customers. */
    List<Faq> listActive();
}
