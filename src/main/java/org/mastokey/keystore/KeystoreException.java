package org.mastokey.keystore;

/** A keychain call failed; {@link #reason()} says how, the message says what the user can do. */
public final class KeystoreException extends Exception {
    public enum Reason { UNAVAILABLE, LOCKED, TIMEOUT, BACKEND_ERROR }

    private final Reason reason;

    public KeystoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public KeystoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
