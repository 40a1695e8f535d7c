package io.aggregator.application.service;

import io.aggregator.application.port.in.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and then stops password guessing, per account and per client address. An account may
 * fail {@value #FREE_FAILURES} times; after that each attempt must wait twice as long as the last
 * (1 s, 2 s, 4 s ... up to a minute), and after {@value #ACCOUNT_LOCK_FAILURES} failures it is locked
 * for {@link #LOCK_TIME}. An address is locked after {@value #ADDRESS_LOCK_FAILURES} failures on any
 * accounts. Accounts are counted whether or not they exist, so the answers reveal nothing. State is
 * per server process.
 */
public final class LoginThrottle {
    static final int FREE_FAILURES = 3;
    static final int ACCOUNT_LOCK_FAILURES = 10;
    static final int ADDRESS_LOCK_FAILURES = 50;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @throws TooManyRequestsException if an attempt for this account or from this address must wait */
    public void check(String account, String address) {
        Instant now = clock.instant();
        Duration accountWait = waitFor(accounts.get(account), now, true);
        Duration addressWait = waitFor(addresses.get(address), now, false);
        Duration wait = accountWait.compareTo(addressWait) >= 0 ? accountWait : addressWait;
        if (!wait.isZero()) {
            throw new TooManyRequestsException("too many failed logins; try again in "
                    + Math.max(1, wait.toSeconds()) + " s", wait);
        }
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        forgetOldEntriesIfFull(now);
        accounts.merge(account, new Failures(1, now), (old, one) -> new Failures(fresh(old, now) + 1, now));
        addresses.merge(address, new Failures(1, now), (old, one) -> new Failures(fresh(old, now) + 1, now));
    }

    public void succeeded(String account) {
        accounts.remove(account);
    }

    private static int fresh(Failures failures, Instant now) {
        return failures.last().plus(MEMORY).isBefore(now) ? 0 : failures.count();
    }

    private static Duration waitFor(Failures failures, Instant now, boolean slowDown) {
        if (failures == null || failures.last().plus(MEMORY).isBefore(now)) {
            return Duration.ZERO;
        }
        int lockAt = slowDown ? ACCOUNT_LOCK_FAILURES : ADDRESS_LOCK_FAILURES;
        Duration pause;
        if (failures.count() >= lockAt) {
            pause = LOCK_TIME;
        } else if (slowDown && failures.count() > FREE_FAILURES) {
            Duration doubling = Duration.ofSeconds(1L << Math.min(failures.count() - FREE_FAILURES - 1, 10));
            pause = doubling.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : doubling;
        } else {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.last().plus(pause));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Bounded memory: a flood of made-up accounts cannot grow the maps without end. */
    private void forgetOldEntriesIfFull(Instant now) {
        if (accounts.size() + addresses.size() > MAX_TRACKED) {
            accounts.values().removeIf(f -> f.last().plus(MEMORY).isBefore(now));
            addresses.values().removeIf(f -> f.last().plus(MEMORY).isBefore(now));
        }
    }
}
