package org.mastokey.net;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A value that must never reach a log, a message or a screenshot: token, client secret, code,
 * PKCE verifier. {@link #toString()} is masked; call {@link #reveal()} only where the value is sent.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && equalInConstantTime(value, other.value);
    }

    /**
     * Whether two secret strings (a state, a CSRF token, a client secret) are equal, in a time that does
     * not tell how much of a guess was right; false when either is null.
     */
    public static boolean equalInConstantTime(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Secret[****]";
    }
}
