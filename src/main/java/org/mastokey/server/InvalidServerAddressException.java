package org.mastokey.server;

/**
 * The typed text is not a server address or handle. The message says why in English (the command line
 * prints it); {@link #problem()} and {@link #detail()} let a translated face say the same in its language.
 */
public final class InvalidServerAddressException extends IllegalArgumentException {
    /** What is wrong with the typed text. */
    public enum Problem {
        EMPTY(true), SPACES(true), ONLY_USER_NAME(false), NOT_USABLE(true), INVALID_WEB_ADDRESS(true),
        OTHER_SCHEME(true), NO_SERVER_NAME(true), HANDLE_WITH_SCHEME(false), TOO_MANY_AT(true), NO_USER_NAME(true),
        INVALID_USER_NAME(true), HANDLE_WITH_PATH(true), NOT_AN_ADDRESS(true), PLAIN_HTTP(false), IPV6(false),
        INVALID_SERVER_NAME(true), NO_DOT(true), NAME_TOO_LONG(true), INVALID_IP(false), INVALID_PORT(false);

        private final boolean example;

        Problem(boolean example) {
            this.example = example;
        }

        /** Whether the message ends with what an address and a handle look like. */
        public boolean showsExample() {
            return example;
        }
    }

    private final Problem problem;
    private final String detail;

    public InvalidServerAddressException(Problem problem, String detail, String message) {
        super(message);
        this.problem = problem;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    /** The part of the typed text (or the host, or the scheme) the message quotes; empty when it quotes none. */
    public String detail() {
        return detail;
    }
}
