package io.aggregator.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UsernameTest {

    @Test
    void usernamesIgnoreCaseAndSurroundingSpace() {
        assertThat(Username.of(" Anna.K@Shop ")).isEqualTo(Username.of("anna.k@shop"));
    }

    @Test
    void usernamesAreBoundedAndPlain() {
        assertThatThrownBy(() -> Username.of("ab")).hasMessage("username: must be 3 to 64 characters long, got 2");
        assertThatThrownBy(() -> Username.of("anna smith")).hasMessageContaining("may contain only");
    }

    @Test
    void aPasswordHashNeverShowsInLogs() {
        assertThat(new PasswordHash("$2b$12$abcdefghijklmnopqrstuv").toString()).doesNotContain("$2b$");
    }
}
