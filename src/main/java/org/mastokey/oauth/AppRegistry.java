package org.mastokey.oauth;

import org.mastokey.net.HttpApi;
import org.mastokey.server.ServerInfo;

/** Registers apps with {@code POST /api/v1/apps}, reusing one per (server, redirect set, scope set). */
public final class AppRegistry {
    public static final String CLIENT_NAME = "Mastokey";
    public static final String WEBSITE = "https://github.com/mastokey/mastokey";

    private final HttpApi http;
    private final AppCache cache;

    public AppRegistry(HttpApi http, AppCache cache) {
        this.http = http;
        this.cache = cache;
    }

    /** A cached registration for these redirect URIs and scopes, or a new one. */
    public RegisteredApp obtain(ServerInfo server, java.util.List<String> redirectUris, Scopes scopes) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    /** Drops a registration the server no longer accepts ({@code invalid_client}) and registers again. */
    public RegisteredApp replace(ServerInfo server, RegisteredApp stale) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }
}
