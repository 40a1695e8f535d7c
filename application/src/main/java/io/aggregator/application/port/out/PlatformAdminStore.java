package io.aggregator.application.port.out;

import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.util.Optional;

/** The platform's administrators; works in platform transactions only. */
public interface PlatformAdminStore {

    /** @throws ConflictException if the username is taken */
    void add(PlatformAdmin admin);

    Optional<PlatformAdmin> findById(UserId id);

    Optional<PlatformAdmin> findByUsername(Username username);

    boolean update(PlatformAdmin admin);

    long count();
}
