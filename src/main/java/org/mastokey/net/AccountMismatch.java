package org.mastokey.net;

/** The account that authorized is not the one the user typed. */
public final class AccountMismatch extends ServiceException {
    private final String expected;
    private final String actual;

    public AccountMismatch(String expected, String actual) {
        super("You asked for @" + expected + " but the server authorized @" + actual
                + ". The browser was probably signed in to another account: authorize again with \"sign in again\" (force login).");
        this.expected = expected;
        this.actual = actual;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
