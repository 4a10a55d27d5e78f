package org.mastokey.oauth;

import org.mastokey.net.Secret;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mastokey.net.ApiResponse;
import org.mastokey.net.HttpApi;
import org.mastokey.net.UnexpectedResponse;
import org.mastokey.server.ServerInfo;

/**
 * Registers apps with {@code POST /api/v1/apps}, reusing one per (server, redirect set, scope set):
 * Mastodon allows five registrations per ten minutes per IP, so never one per login.
 */
public final class AppRegistry {
    public static final String CLIENT_NAME = "Mastokey";
    public static final String WEBSITE = "https://github.com/mastokey/mastokey";

    private final HttpApi http;
    private final AppCache cache;
    /** One lock per key, so that two logins at once register one app, not two. */
    private final Map<AppKey, Object> locks = new ConcurrentHashMap<>();

    public AppRegistry(HttpApi http, AppCache cache) {
        this.http = http;
        this.cache = cache;
    }

    /** A cached registration for these redirect URIs and scopes, or a new one. */
    public RegisteredApp obtain(ServerInfo server, List<String> redirectUris, Scopes scopes) {
        AppKey key = new AppKey(server.apiBase(), redirectUris, scopes);
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            return cache.find(key).orElseGet(() -> register(key));
        }
    }

    /** The cached registration, without registering. */
    public Optional<RegisteredApp> cached(ServerInfo server, List<String> redirectUris, Scopes scopes) {
        return cache.find(new AppKey(server.apiBase(), redirectUris, scopes));
    }

    /** Drops a registration the server no longer accepts ({@code invalid_client}) and registers again. */
    public RegisteredApp replace(ServerInfo server, RegisteredApp stale) {
        AppKey key = stale.key();
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Optional<RegisteredApp> current = cache.find(key);
            if (current.isPresent() && !current.get().clientId().equals(stale.clientId())) {
                return current.get();   // another thread replaced it already
            }
            cache.remove(key);
            return register(key);
        }
    }

    private RegisteredApp register(AppKey key) {
        URI server = key.server();
        // Strings, never arrays: arrays break Mastodon < 4.3, GoToSocial and snac. snac reads "scope".
        Map<String, String> form = HttpApi.form(
                "client_name", CLIENT_NAME,
                "redirect_uris", String.join("\n", key.redirectUris()),
                "scopes", key.scopes().asParameter(),
                "scope", key.scopes().asParameter(),
                "website", WEBSITE);
        ApiResponse response = http.postForm(server.resolve("/api/v1/apps"), form);
        JsonNode json = response.successJson();
        String clientId = json.path("client_id").asText("");
        String clientSecret = json.path("client_secret").asText("");
        if (clientId.isBlank() || clientSecret.isBlank()) {
            throw new UnexpectedResponse(server.getHost(), response.status(), "the app registration has no client credentials");
        }
        RegisteredApp app = new RegisteredApp(server, clientId, Secret.of(clientSecret), key.redirectUris(), key.scopes(), Instant.now());
        cache.save(app);
        return app;
    }
}
