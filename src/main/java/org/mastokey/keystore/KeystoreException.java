package org.mastokey.keystore;

import java.time.Duration;
import java.util.Optional;

/**
 * A keychain call failed; {@link #reason()} says how, the message says what the user can do.
 * Messages never contain a secret.
 */
public final class KeystoreException extends Exception {
    public enum Reason {
        UNAVAILABLE,
        LOCKED,
        /**
         * The keychain is open but wants the person to allow Mastokey first (KeePassXC's "confirm when
         * passwords are retrieved"); a call that may prompt ({@link SecretStore#allowingPrompts}) shows
         * the provider's dialog and waits for the answer.
         */
        NEEDS_APPROVAL,
        TIMEOUT,
        BACKEND_ERROR,
        /** The keychain refused access, or the person declined or cancelled the system's access dialog. */
        ACCESS_DENIED,
        /** The keychain must ask the person first (allow access, unlock) and may not show a dialog here. */
        CONFIRMATION_NEEDED
    }

    private final Reason reason;
    private final String provider;

    public KeystoreException(Reason reason, String message) {
        this(reason, message, (Throwable) null);
    }

    public KeystoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.provider = null;
    }

    private KeystoreException(Reason reason, String provider, String message) {
        super(message);
        this.reason = reason;
        this.provider = provider;
    }

    public Reason reason() {
        return reason;
    }

    /** The program that answered for the keychain ("KeePassXC", "KWallet"), when it is known. */
    public Optional<String> provider() {
        return Optional.ofNullable(provider);
    }

    /** @param why what is missing and what to do about it, as a sentence */
    public static KeystoreException unavailable(String backend, String why) {
        return new KeystoreException(Reason.UNAVAILABLE, backend + " cannot be used: " + why);
    }

    public static KeystoreException locked(String backend, String howToUnlock) {
        return new KeystoreException(Reason.LOCKED, "Your " + backend + " is locked. " + howToUnlock
                + " Then try again.");
    }

    /** @param provider who asks ("KeePassXC"); @param what what it wants allowed ("reading the token of alice@…") */
    public static KeystoreException needsApproval(String provider, String what) {
        return new KeystoreException(Reason.NEEDS_APPROVAL, provider, provider + " is unlocked but wants you to allow"
                + " Mastokey before " + what + ": its dialog appears when Mastokey waits for the approval.");
    }

    public static KeystoreException timeout(String backend, String action, Duration limit) {
        return new KeystoreException(Reason.TIMEOUT, backend + " did not answer within " + limit.toSeconds()
                + " s while " + action + ". If an unlock or access dialog is open, answer it; otherwise"
                + " restart the keyring service (or log out and in) and try again.");
    }

    public static KeystoreException backendError(String backend, String action, String detail) {
        return new KeystoreException(Reason.BACKEND_ERROR, backend + " reported an error while " + action
                + ": " + detail + ". Try again; if it keeps failing, restart the keyring service.");
    }
}
