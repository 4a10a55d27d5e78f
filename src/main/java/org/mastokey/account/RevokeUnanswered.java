package org.mastokey.account;

import org.mastokey.net.RequestTimeout;

/**
 * The server did not answer a revocation in time, so it may have carried it out, may still do so, or
 * may never: the token was tried afterwards, and it still works ({@link #stillWorks()}) or that could
 * not be found out either. Nothing was deleted from the keychain. The cause is the timeout.
 */
public final class RevokeUnanswered extends RuntimeException {
    private final boolean stillWorks;

    RevokeUnanswered(String server, RequestTimeout noAnswer, boolean stillWorks) {
        super(server + " did not answer the revocation in time, and "
                + (stillWorks ? "the token still works" : "whether the token still works is unknown (the check failed too)")
                + ". The server may still carry the revocation out later; the token stays in the keychain until it"
                + " is confirmed.", noAnswer);
        this.stillWorks = stillWorks;
    }

    /** True when the token worked when tried after the timeout; false when that try failed as well. */
    public boolean stillWorks() {
        return stillWorks;
    }
}
