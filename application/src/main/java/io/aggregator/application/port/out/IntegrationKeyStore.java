package io.aggregator.application.port.out;

import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import java.util.List;
import java.util.Optional;

/** The current tenant's integration keys, newest first. */
public interface IntegrationKeyStore {

    void add(IntegrationKey key);

    Optional<IntegrationKey> findById(IntegrationKeyId id);

    Optional<IntegrationKey> findByHash(String keyHash);

    List<IntegrationKey> listAll();

    /** Saves revocation and last use; @return false if the tenant has no such key */
    boolean update(IntegrationKey key);
}
