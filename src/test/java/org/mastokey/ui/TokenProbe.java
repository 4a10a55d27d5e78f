package org.mastokey.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks the server, as a script would, whether a token still works: 200, or 401 once it is revoked. */
public final class TokenProbe {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TokenProbe() {
    }

    public static int statusOf(URI server, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/v1/accounts/verify_credentials"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
