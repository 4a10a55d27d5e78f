package org.mastokey.net;

/** The server has no client-credentials grant, so it gives no app-only tokens (snac). */
public final class NoAppOnlyTokens extends ServiceException {
    private final String host;
    private final String software;

    public NoAppOnlyTokens(String host, String software) {
        super(host + " (" + software + ") offers no app-only tokens: it has no client-credentials grant.");
        this.host = host;
        this.software = software;
    }

    public String host() {
        return host;
    }

    public String software() {
        return software;
    }
}
