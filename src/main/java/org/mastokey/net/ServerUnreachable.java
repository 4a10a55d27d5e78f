package org.mastokey.net;

/** Nothing answered at the address (DNS failure, refused or reset connection). */
public final class ServerUnreachable extends ServiceException {
    private final String host;

    public ServerUnreachable(String host, Throwable cause) {
        super("Could not reach " + host + ". Check the spelling and your internet connection, then try again.", cause);
        this.host = host;
    }

    public String host() {
        return host;
    }
}
