package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.SessionStore;
import io.aggregator.domain.access.Session;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

public final class InMemorySessionStore implements SessionStore {
    private final InMemoryTransactions transactions;

    InMemorySessionStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    /** The running scope's sessions: the tenant's, or the platform admins'. */
    private Map<String, Session> rows(boolean forWrite) {
        TenantId tenant = transactions.scopeTenant();
        if (tenant == null) {
            return transactions.database().platformSessions;
        }
        return transactions.database().sessions.of(forWrite ? transactions.tenantForWrite() : tenant);
    }

    @Override
    public void add(Session session) {
        TenantId tenant = transactions.scopeTenant();
        boolean ownerExists = tenant == null
                ? transactions.database().platformAdmins.containsKey(session.userId())
                : transactions.database().users.of(tenant).containsKey(session.userId());
        if (!ownerExists) {
            throw new IllegalStateException("user " + session.userId() + " does not exist");
        }
        rows(true).put(session.tokenHash(), session);
    }

    @Override
    public Optional<Session> find(String tokenHash) {
        return Optional.ofNullable(rows(false).get(tokenHash));
    }

    @Override
    public boolean delete(String tokenHash) {
        return rows(false).remove(tokenHash) != null;
    }

    @Override
    public int deleteAllOf(UserId user, String keptTokenHash) {
        Map<String, Session> rows = rows(false);
        int before = rows.size();
        rows.values().removeIf(s -> s.userId().equals(user) && !Objects.equals(s.tokenHash(), keptTokenHash));
        return before - rows.size();
    }

    @Override
    public int deleteExpired(Instant now) {
        Map<String, Session> rows = rows(false);
        int before = rows.size();
        rows.values().removeIf(s -> s.expiredAt(now));
        return before - rows.size();
    }
}
