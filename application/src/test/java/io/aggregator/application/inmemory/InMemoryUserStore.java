package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.ConflictException;
import io.aggregator.application.port.out.UserStore;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryUserStore implements UserStore {
    private final InMemoryTransactions transactions;

    InMemoryUserStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private Map<UserId, User> rows() {
        return transactions.database().users.of(transactions.tenant());
    }

    @Override
    public void add(User user) {
        Map<UserId, User> rows = transactions.database().users.of(transactions.tenantForWrite());
        if (findByUsername(user.username()).isPresent() || rows.containsKey(user.id())) {
            throw new ConflictException("username", "username " + user.username() + " is taken");
        }
        rows.put(user.id(), user);
    }

    @Override
    public boolean update(User user) {
        Optional<User> sameName = findByUsername(user.username());
        if (sameName.isPresent() && !sameName.get().id().equals(user.id()) && rows().containsKey(user.id())) {
            throw new ConflictException("username", "username " + user.username() + " is taken");
        }
        return rows().replace(user.id(), user) != null;
    }

    @Override
    public boolean delete(UserId id) {
        boolean existed = rows().remove(id) != null;
        // like the foreign keys: the user's sessions go with the user
        transactions.database().sessions.of(transactions.tenant()).values().removeIf(s -> s.userId().equals(id));
        return existed;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(rows().get(id));
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return rows().values().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public List<User> listAll() {
        return rows().values().stream().sorted(Comparator.comparing(u -> u.username().value())).toList();
    }

    /** In-memory transactions run one at a time, so there is nothing to lock. */
    @Override
    public List<User> listAllForUpdate() {
        return listAll();
    }
}
