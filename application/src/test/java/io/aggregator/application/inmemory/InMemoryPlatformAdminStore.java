package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.ConflictException;
import io.aggregator.application.port.out.PlatformAdminStore;
import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.util.Optional;

public final class InMemoryPlatformAdminStore implements PlatformAdminStore {
    private final InMemoryTransactions transactions;

    InMemoryPlatformAdminStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(PlatformAdmin admin) {
        if (findByUsername(admin.username()).isPresent()) {
            throw new ConflictException("username", "username " + admin.username() + " is taken");
        }
        transactions.platformDatabase().platformAdmins.put(admin.id(), admin);
    }

    @Override
    public Optional<PlatformAdmin> findById(UserId id) {
        return Optional.ofNullable(transactions.platformDatabase().platformAdmins.get(id));
    }

    @Override
    public Optional<PlatformAdmin> findByUsername(Username username) {
        return transactions.platformDatabase().platformAdmins.values().stream()
                .filter(admin -> admin.username().equals(username)).findFirst();
    }

    @Override
    public boolean update(PlatformAdmin admin) {
        return transactions.platformDatabase().platformAdmins.replace(admin.id(), admin) != null;
    }

    @Override
    public long count() {
        return transactions.platformDatabase().platformAdmins.size();
    }
}
