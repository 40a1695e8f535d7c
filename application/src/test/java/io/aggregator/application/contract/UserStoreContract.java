package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.port.out.ConflictException;
import io.aggregator.domain.user.PasswordHash;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.Username;
import org.junit.jupiter.api.Test;

public abstract class UserStoreContract extends StoreContract {

    @Test
    void aUserIsFoundByIdAndByUsernameInAnyCase() {
        User anna = TestData.user("anna", Role.ADMIN);
        inA(() -> {
            ports.users().add(anna);
            return null;
        });

        assertThat(inA(() -> ports.users().findById(anna.id()))).contains(anna);
        assertThat(inA(() -> ports.users().findByUsername(Username.of("ANNA")))).contains(anna);
    }

    @Test
    void usernamesAreUniquePerTenantNotAcrossTenants() {
        inA(() -> {
            ports.users().add(TestData.user("anna", Role.ADMIN));
            return null;
        });

        assertThatThrownBy(() -> inA(() -> {
            ports.users().add(TestData.user("Anna", Role.MANAGER));
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("username"));
        inB(() -> {
            ports.users().add(TestData.user("anna", Role.MANAGER));
            return null;
        });
        assertThat(inB(() -> ports.users().listAll())).hasSize(1);
    }

    @Test
    void usersAreListedByUsername() {
        inA(() -> {
            ports.users().add(TestData.user("zoe", Role.MANAGER));
            ports.users().add(TestData.user("anna", Role.ADMIN));
            ports.users().add(TestData.user("mark", Role.MANAGER));
            return null;
        });

        assertThat(inA(() -> ports.users().listAll())).extracting(u -> u.username().value())
                .containsExactly("anna", "mark", "zoe");
    }

    @Test
    void anUpdateChangesThePasswordAndActiveFlagWithinTheTenantOnly() {
        User anna = TestData.user("anna", Role.ADMIN);
        inA(() -> {
            ports.users().add(anna);
            return null;
        });
        User changed = anna.withPasswordHash(new PasswordHash("$2b$12$changedchangedchangedchangedchangedchangedchanged"))
                .withActive(false);

        assertThat(inB(() -> ports.users().update(changed))).isFalse();
        assertThat(inA(() -> ports.users().update(changed))).isTrue();
        assertThat(inA(() -> ports.users().findById(anna.id()))).contains(changed);
    }

    @Test
    void usersListedForUpdateAreTheSameUsersInTheSameOrder() {
        inA(() -> {
            ports.users().add(TestData.user("zoe", Role.MANAGER));
            ports.users().add(TestData.user("anna", Role.ADMIN));
            return null;
        });
        inB(() -> {
            ports.users().add(TestData.user("bob", Role.ADMIN));
            return null;
        });

        assertThat(inA(() -> ports.users().listAllForUpdate())).isEqualTo(inA(() -> ports.users().listAll()))
                .extracting(u -> u.username().value()).containsExactly("anna", "zoe");
    }

    @Test
    void aChangeOfRoleIsStored() {
        User anna = TestData.user("anna", Role.ADMIN);
        inA(() -> {
            ports.users().add(anna);
            return null;
        });

        inA(() -> ports.users().update(anna.withRole(Role.MANAGER)));

        assertThat(inA(() -> ports.users().findById(anna.id()))).contains(anna.withRole(Role.MANAGER));
    }
}
