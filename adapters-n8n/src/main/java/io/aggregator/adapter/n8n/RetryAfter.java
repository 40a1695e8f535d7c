package io.aggregator.adapter.n8n;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A {@code Retry-After} header: a number of seconds, or an HTTP-date such as {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
final class RetryAfter {
    /**
     * The longest wait a receiver may ask for. One that asks for a day would otherwise hold its
     * tenant's messages back for a day; the outbox's own back-off takes over beyond this.
     */
    static final Duration MAX = Duration.ofHours(1);

    private RetryAfter() {
    }

    /** @return the wait the header asks for, none when it is missing or unreadable */
    static Optional<Duration> parse(String header, Instant now) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.matches("[0-9]{1,18}")) {
            return Optional.of(capped(Duration.ofSeconds(Long.parseLong(value))));
        }
        if (value.matches("[0-9]+")) {
            return Optional.of(MAX);
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : capped(wait));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static Duration capped(Duration wait) {
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
