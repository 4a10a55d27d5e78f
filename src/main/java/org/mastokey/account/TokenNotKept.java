package org.mastokey.account;

/**
 * A login failed after the server had issued a token (the account check failed or named another
 * account): the token was settled as {@link #revocation()} says, and {@link #getCause()} is the failure.
 * The message is the failure's, followed by what became of the token.
 */
public final class TokenNotKept extends RuntimeException {
    private final Revocation revocation;

    TokenNotKept(RuntimeException cause, Revocation revocation) {
        super(cause.getMessage() + " " + revocation.sentence(), cause);
        this.revocation = revocation;
    }

    public Revocation revocation() {
        return revocation;
    }
}
