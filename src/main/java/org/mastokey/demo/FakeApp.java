package org.mastokey.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;

/** A registered OAuth application. {@code redirectUri} is the raw newline-joined stored value. */
record FakeApp(String id, String name, String website, String redirectUri, List<String> scopes,
               String clientId, String clientSecret, Instant createdAt) {

    List<String> redirectUris() {
        return redirectUri.isBlank() ? List.of() : List.of(redirectUri.split("\\s+"));
    }

    boolean hasSecret(String secret) {
        return secret != null && MessageDigest.isEqual(
                clientSecret.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "FakeApp[id=" + id + ", name=" + name + "]";
    }
}
