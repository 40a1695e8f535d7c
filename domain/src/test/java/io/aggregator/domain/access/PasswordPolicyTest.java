package io.aggregator.domain.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aRejectionNamesTheFieldThePasswordCameIn() {
        assertThatThrownBy(() -> PasswordPolicy.check("new_password", "short", "anna"))
                .hasMessage("new_password: must be at least 10 characters, got 5");
        assertThatThrownBy(() -> PasswordPolicy.check(null, "anna"))
                .hasMessage("password: is required");
    }

    @Test
    void theLengthCountsCharactersAndTheLimitCountsBytes() {
        String tenCyrillic = "пароль-тест";
        String nineteenEmoji = "\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02\uD83D\uDE03".repeat(5).substring(0, 38);

        assertThatCode(() -> PasswordPolicy.check(tenCyrillic, "anna")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check(nineteenEmoji, "anna"))
                .hasMessage("password: must be at most 72 bytes in UTF-8");
    }

    @Test
    void thePasswordMustNotContainTheUsername() {
        assertThatThrownBy(() -> PasswordPolicy.check("xx-ANNA-yy-zz", "anna"))
                .hasMessage("password: must not contain the username");
    }
}
