package org.mastokey.demo;

import java.time.Instant;
import java.util.List;
import org.mastokey.net.Secret;

/** A registered OAuth application. {@code redirectUri} is the raw newline-joined stored value. */
record FakeApp(String id, String name, String website, String redirectUri, List<String> scopes,
               String clientId, String clientSecret, Instant createdAt) {

    List<String> redirectUris() {
        return redirectUri.isBlank() ? List.of() : List.of(redirectUri.split("\\s+"));
    }

    boolean hasSecret(String secret) {
        return Secret.equalInConstantTime(clientSecret, secret);
    }

    @Override
    public String toString() {
        return "FakeApp[id=" + id + ", name=" + name + "]";
    }
}
