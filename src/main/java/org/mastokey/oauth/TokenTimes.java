package org.mastokey.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * When a token was made, from the token answer's {@code created_at}: epoch seconds (Doorkeeper), but
 * milliseconds on some servers (Hollo's authorization-code tokens). A value that fits neither, or lies
 * outside the exchange (give or take a day of clock skew), is not believed: the exchange time is used.
 */
final class TokenTimes {
    /** 1e11 seconds is the year 5138; a larger "seconds" value can only be milliseconds. */
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;
    private static final Duration SKEW = Duration.ofDays(1);

    private TokenTimes() {
    }

    /** {@code asked}/{@code answered}: when the request went out and the answer came back. */
    static Instant createdAt(JsonNode createdAt, Instant asked, Instant answered) {
        if (createdAt == null || !createdAt.canConvertToLong() || !createdAt.isNumber() && !createdAt.isTextual()) {
            return answered;
        }
        long value = createdAt.asLong();
        if (value <= 0) {
            return answered;
        }
        Instant claimed = value >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        boolean plausible = !claimed.isBefore(asked.minus(SKEW)) && !claimed.isAfter(answered.plus(SKEW));
        return plausible ? claimed : answered;
    }
}
