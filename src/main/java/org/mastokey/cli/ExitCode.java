package org.mastokey.cli;

/**
 * The exit codes of every {@code mastokey} command. They are part of the command line's interface
 * (scripts branch on them), so a value never changes meaning once released.
 */
public final class ExitCode {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** A bug or an error Mastokey did not expect; the message says what happened. */
    public static final int INTERNAL_ERROR = 1;
    /** Unknown command, missing or malformed argument. */
    public static final int USAGE = 2;
    /** No saved token for that account (or its app registration is gone). */
    public static final int NOT_FOUND = 3;
    /** The OS keychain is not available, locked, or did not answer in time. */
    public static final int KEYCHAIN_UNAVAILABLE = 4;
    /** The server could not be reached or answered with something unusable; nothing was changed. */
    public static final int SERVER_ERROR = 5;
    /** The user denied or abandoned the authorization (no code arrived, empty input). */
    public static final int CANCELLED = 6;
    /**
     * Refused: by the server (token revoked or invalid, scope not accepted, another account authorized),
     * or by Mastokey because doing it would strand another saved token.
     */
    public static final int REFUSED = 7;
    /** The main work is done but a follow-up step failed (e.g. rotate could not revoke the old token). */
    public static final int PARTIAL = 8;


    private ExitCode() {
    }
}
