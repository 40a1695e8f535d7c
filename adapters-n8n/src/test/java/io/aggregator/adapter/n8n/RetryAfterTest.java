package io.aggregator.adapter.n8n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
    /** Sun, 06 Nov 1994 08:49:37 GMT, the date RFC 9110 shows. */
    private static final Instant NOW = Instant.parse("1994-11-06T08:49:37Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7                                | 7",
        "' 120 '                          | 120",
        "0                                | 0",
        "Sun, 06 Nov 1994 08:50:07 GMT    | 30",
        "Sun, 06 Nov 1994 08:00:00 GMT    | 0",
        "3600                             | 3600",
        "86400                            | 3600",
        "99999999999999999999999999       | 3600",
        "Mon, 07 Nov 1994 08:49:37 GMT    | 3600",
    })
    void aWaitInSecondsOrUntilADateIsTakenUpToAnHour(String header, long seconds) {
        assertThat(RetryAfter.parse(header, NOW)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "-5", "1.5", "2026-11-27T10:15:00Z"})
    void anUnreadableHeaderAsksForNothing(String header) {
        assertThat(RetryAfter.parse(header, NOW)).isEmpty();
    }

    @Test
    void noHeaderAsksForNothing() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }
}
