package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.inmemory.MutableClock;
import io.aggregator.application.port.in.TooManyRequestsException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(int times, String account, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    @Test
    void aFewMistakesCostNothing() {
        fail(LoginThrottle.FREE_FAILURES, "shop/anna", "10.0.0.1");

        assertThatCode(() -> throttle.check("shop/anna", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void thenEachAttemptMustWaitLongerAndLonger() {
        fail(LoginThrottle.FREE_FAILURES + 1, "shop/anna", "10.0.0.1");
        assertThatThrownBy(() -> throttle.check("shop/anna", "10.0.0.1"))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> throttle.check("shop/anna", "10.0.0.1")).doesNotThrowAnyException();

        fail(1, "shop/anna", "10.0.0.1");
        assertThatThrownBy(() -> throttle.check("shop/anna", "10.0.0.1"))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void tooManyFailuresLockTheAccountForAWhileFromEveryAddress() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LOCK_FAILURES; i++) {
            throttle.failed("shop/anna", "10.0.0." + i);
        }

        assertThatThrownBy(() -> throttle.check("shop/anna", "192.168.1.1")).hasMessageContaining("try again in 900 s");
        clock.advance(LoginThrottle.LOCK_TIME);
        assertThatCode(() -> throttle.check("shop/anna", "192.168.1.1")).doesNotThrowAnyException();
        assertThatCode(() -> throttle.check("shop/bob", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void anAddressTryingManyAccountsIsLocked() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LOCK_FAILURES; i++) {
            throttle.failed("shop/user" + i, "10.6.6.6");
        }

        assertThatThrownBy(() -> throttle.check("shop/someone-new", "10.6.6.6"))
                .isInstanceOf(TooManyRequestsException.class);
        assertThatCode(() -> throttle.check("shop/someone-new", "10.0.0.7")).doesNotThrowAnyException();
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        fail(LoginThrottle.FREE_FAILURES + 1, "shop/anna", "10.0.0.1");
        throttle.succeeded("shop/anna");

        assertThatCode(() -> throttle.check("shop/anna", "10.0.0.1")).doesNotThrowAnyException();
    }
}
