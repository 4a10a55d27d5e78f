package org.mastokey.net;

import java.time.Instant;
import java.util.Optional;

/** HTTP 429; Mastodon gives the end of the window as an ISO-8601 {@code X-RateLimit-Reset}. */
public final class RateLimited extends ServiceException {
    private final Instant resetAt;

    public RateLimited(String host, Instant resetAt) {
        super(host + " is rate-limiting requests" + (resetAt == null ? "; wait a few minutes and try again." : "; try again after " + resetAt + "."));
        this.resetAt = resetAt;
    }

    public Optional<Instant> resetAt() {
        return Optional.ofNullable(resetAt);
    }
}
