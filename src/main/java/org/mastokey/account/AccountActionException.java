package org.mastokey.account;

/**
 * An action on a saved account that Mastokey refused or could not finish for a reason of its own
 * (server failures stay {@link org.mastokey.net.ServiceException}s). The message names the account,
 * never a token.
 */
public final class AccountActionException extends RuntimeException {
    public enum Reason {
        /** Nothing is saved under this account any more. */
        NOT_SAVED,
        /** The app registration the token was issued to is gone from the keychain, so it cannot be revoked. */
        NO_REGISTRATION,
        /** Another account than the saved one approved the new token (which was revoked again). */
        OTHER_ACCOUNT,
        /** The server handed out the very same token again, so nothing was rotated. */
        SAME_TOKEN,
        /** The token is revoked on the server, but the keychain refused to delete it (cause: the KeystoreException). */
        REVOKED_NOT_DELETED
    }

    private final Reason reason;
    private final String acct;
    private final String otherAcct;

    public AccountActionException(Reason reason, String acct, String message) {
        this(reason, acct, null, message);
    }

    public AccountActionException(Reason reason, String acct, String otherAcct, String message) {
        this(reason, acct, otherAcct, message, null);
    }

    public AccountActionException(Reason reason, String acct, String otherAcct, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.acct = acct;
        this.otherAcct = otherAcct;
    }

    public Reason reason() {
        return reason;
    }

    /** The saved account the action was for. */
    public String acct() {
        return acct;
    }

    /** OTHER_ACCOUNT: the account that approved instead; otherwise null. */
    public String otherAcct() {
        return otherAcct;
    }
}
