package io.aggregator.application.service;

import io.aggregator.application.port.in.EnsurePlatformAdminUseCase;
import io.aggregator.application.port.out.ConflictException;
import io.aggregator.application.port.out.PasswordHasher;
import io.aggregator.application.port.out.PlatformAdminStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.access.GeneratedPassword;
import io.aggregator.domain.access.PasswordPolicy;
import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.time.Clock;
import java.util.Optional;

/** There is never a fixed default password: the first admin's comes from configuration or is generated. */
public final class PlatformAdminService implements EnsurePlatformAdminUseCase {
    private final Transactions transactions;
    private final PlatformAdminStore admins;
    private final PasswordHasher hasher;
    private final Clock clock;

    public PlatformAdminService(Transactions transactions, PlatformAdminStore admins, PasswordHasher hasher,
                                Clock clock) {
        this.transactions = transactions;
        this.admins = admins;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public Optional<String> ensurePlatformAdmin(String username, String password) {
        Username name = Username.of(username);
        if (password != null) {
            PasswordPolicy.check(password, name.value());
        }
        String chosen = password != null ? password : GeneratedPassword.create();
        try {
            boolean created = transactions.inPlatform(() -> {
                if (admins.count() > 0) {
                    return false;
                }
                admins.add(new PlatformAdmin(UserId.newId(), name, hasher.hash(chosen), clock.instant()));
                return true;
            });
            return created && password == null ? Optional.of(chosen) : Optional.empty();
        } catch (ConflictException anotherNodeWasFaster) {
            return Optional.empty();
        }
    }
}
