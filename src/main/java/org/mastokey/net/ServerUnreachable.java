package org.mastokey.net;

/** Nothing answered at the address: the name is unknown, the connection was refused, or it broke. */
public final class ServerUnreachable extends ServiceException {
    /** What went wrong, so that the words fit: a typo and a stopped server need different advice. */
    public enum Reason {
        /** DNS knows no such name. */
        UNKNOWN_HOST,
        /** The host exists but nothing listens on that port. */
        REFUSED,
        /** Any other broken or reset connection. */
        OTHER
    }

    private final String host;
    private final Reason reason;

    public ServerUnreachable(String host, Throwable cause) {
        this(host, Reason.OTHER, cause);
    }

    public ServerUnreachable(String host, Reason reason, Throwable cause) {
        super(describe(host, reason), cause);
        this.host = host;
        this.reason = reason;
    }

    private static String describe(String host, Reason reason) {
        return switch (reason) {
            case UNKNOWN_HOST -> "No server named " + host + " was found. Check the spelling of the address and your"
                    + " internet connection, then try again.";
            case REFUSED -> "The computer at " + host + " refused the connection: nothing answers on that port. Check the"
                    + " port and that the server is running, then try again.";
            case OTHER -> "Could not reach " + host + ". Check the spelling and your internet connection, then try again.";
        };
    }

    /** The server as the user typed it: host, and port when one was given. */
    public String host() {
        return host;
    }

    public Reason reason() {
        return reason;
    }
}
