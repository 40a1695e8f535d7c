package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.port.out.ConflictException;
import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.user.PasswordHash;
import io.aggregator.domain.user.Username;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

public abstract class PlatformAdminStoreContract extends StoreContract {

    private <T> T inPlatform(Supplier<T> work) {
        return ports.transactions().inPlatform(work);
    }

    @Test
    void anAdminIsFoundByIdAndUsernameAndCounted() {
        PlatformAdmin admin = TestData.platformAdmin();
        long before = inPlatform(() -> ports.platformAdmins().count());
        inPlatform(() -> {
            ports.platformAdmins().add(admin);
            return null;
        });

        assertThat(inPlatform(() -> ports.platformAdmins().findById(admin.id()))).contains(admin);
        assertThat(inPlatform(() -> ports.platformAdmins().findByUsername(admin.username()))).contains(admin);
        assertThat(inPlatform(() -> ports.platformAdmins().count())).isEqualTo(before + 1);
    }

    @Test
    void usernamesAreUniqueAndPasswordsChange() {
        PlatformAdmin admin = TestData.platformAdmin();
        inPlatform(() -> {
            ports.platformAdmins().add(admin);
            return null;
        });

        assertThatThrownBy(() -> inPlatform(() -> {
            ports.platformAdmins().add(new PlatformAdmin(io.aggregator.domain.user.UserId.newId(), admin.username(),
                    admin.passwordHash(), TestData.NOW));
            return null;
        })).isInstanceOf(ConflictException.class);
        PlatformAdmin changed = admin.withPasswordHash(new PasswordHash("$2a$12$anotheranotheranotheranotheranotheranother"));
        assertThat(inPlatform(() -> ports.platformAdmins().update(changed))).isTrue();
        assertThat(inPlatform(() -> ports.platformAdmins().findById(admin.id()))).contains(changed);
    }

    @Test
    void noTenantTransactionCanSeePlatformAdmins() {
        assertThatThrownBy(() -> inA(() -> ports.platformAdmins().findByUsername(Username.of("root"))))
                .isInstanceOf(RuntimeException.class);
    }
}
