package org.mastokey.oauth;

import org.mastokey.net.Secret;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** A client registered with {@code POST /api/v1/apps} on one server. */
public record RegisteredApp(URI server, String clientId, Secret clientSecret, List<String> redirectUris,
                            Scopes scopes, Instant registeredAt) {
    public RegisteredApp {
        redirectUris = List.copyOf(redirectUris);
    }

    public AppKey key() {
        return new AppKey(server, redirectUris, scopes);
    }
}
