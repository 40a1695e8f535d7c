package io.aggregator.application.port.out;

import io.aggregator.domain.access.Session;
import io.aggregator.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Logins of the running transaction's scope: a tenant's users in a tenant transaction, platform
 * admins in a platform transaction.
 */
public interface SessionStore {

    void add(Session session);

    Optional<Session> find(String tokenHash);

    /** @return false if there was no such session */
    boolean delete(String tokenHash);

    /** Ends every session of the user but the one kept (null to end all); returns how many ended. */
    int deleteAllOf(UserId user, String keptTokenHash);

    int deleteExpired(Instant now);
}
