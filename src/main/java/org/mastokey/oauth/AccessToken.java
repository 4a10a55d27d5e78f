package org.mastokey.oauth;

import org.mastokey.net.Secret;

import java.time.Instant;

/** What {@code POST /oauth/token} returned. Scopes are those the server says it granted. */
public record AccessToken(Secret value, String tokenType, Scopes scopes, Instant createdAt) {
}
