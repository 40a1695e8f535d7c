package io.aggregator.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {
    private final User admin = new User(UserId.newId(), Username.of("anna"), new PasswordHash("$2b$12$hash"), Role.ADMIN,
            true, Instant.parse("2026-11-27T10:00:00Z"));

    @Test
    void onlyAnActiveAdminCountsAsAnActiveAdmin() {
        assertThat(admin.activeAdmin()).isTrue();
        assertThat(admin.withActive(false).activeAdmin()).isFalse();
        assertThat(admin.withRole(Role.MANAGER).activeAdmin()).isFalse();
    }

    @Test
    void aChangeOfRoleKeepsEverythingElse() {
        User manager = admin.withRole(Role.MANAGER);

        assertThat(manager.withRole(Role.ADMIN)).isEqualTo(admin);
        assertThat(manager.id()).isEqualTo(admin.id());
    }
}
