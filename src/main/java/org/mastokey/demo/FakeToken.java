package org.mastokey.demo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An access token; {@code username} is null for an app-only (client_credentials) token. */
final class FakeToken {
    final String value;
    final String clientId;
    final String username;
    final List<String> scopes;
    final Instant createdAt;
    /** Only Pleroma shows one; Mastodon has no refresh tokens. */
    final String refreshToken = FakeState.randomToken();
    private volatile Instant revokedAt;

    FakeToken(String value, String clientId, String username, List<String> scopes, Instant createdAt) {
        this.value = value;
        this.clientId = clientId;
        this.username = username;
        this.scopes = List.copyOf(scopes);
        this.createdAt = createdAt;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    boolean sameGrantAs(String otherClient, String otherUser, List<String> otherScopes) {
        return clientId.equals(otherClient) && Objects.equals(username, otherUser)
                && Set.copyOf(scopes).equals(Set.copyOf(otherScopes));
    }

    /** True when the token holds at least one of the scopes an endpoint accepts. */
    boolean hasAnyScope(String... accepted) {
        for (String scope : accepted) {
            if (scopes.contains(scope)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "FakeToken[****, user=" + username + ", scopes=" + scopes + "]";
    }
}
