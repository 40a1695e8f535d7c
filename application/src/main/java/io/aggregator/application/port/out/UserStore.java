package io.aggregator.application.port.out;

import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.util.List;
import java.util.Optional;

/** The current tenant's users; usernames are unique within a tenant. */
public interface UserStore {

    /** @throws ConflictException if the username is taken in this tenant */
    void add(User user);

    /** @return false if the tenant has no user with that id */
    boolean update(User user);

    Optional<User> findById(UserId id);

    Optional<User> findByUsername(Username username);

    /** @return false if the tenant has no user with that id */
    boolean delete(UserId id);

    /** Ordered by username. */
    List<User> listAll();

    /**
     * Like {@link #listAll}, and holds every other transaction's {@code listAllForUpdate} of this tenant
     * until this transaction ends: a rule over all users (the last active admin) cannot be broken by
     * two changes that each saw the state before the other.
     */
    List<User> listAllForUpdate();
}
