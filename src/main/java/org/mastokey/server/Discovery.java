package org.mastokey.server;

import org.mastokey.net.HttpApi;

/**
 * Finds out what a server is: WebFinger for handles, instance v2 (v1 fallback), NodeInfo and the
 * OAuth metadata document, the independent requests in parallel.
 */
public final class Discovery {
    private final HttpApi http;

    public Discovery(HttpApi http) {
        this.http = http;
    }

    /** @throws org.mastokey.net.ServiceException typed, with a message a person can act on */
    public ServerInfo discover(ServerAddress address) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }
}
