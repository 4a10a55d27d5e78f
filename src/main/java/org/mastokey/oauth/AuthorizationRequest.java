package org.mastokey.oauth;

import org.mastokey.net.Secret;

import java.net.URI;

/**
 * One attempt at authorization: the URL to open, the state to expect back, and the PKCE verifier
 * to send with the code ({@code null} when the server has no PKCE).
 */
public record AuthorizationRequest(URI authorizeUri, String state, Secret codeVerifier, String redirectUri,
                                   RegisteredApp app, Scopes scopes) {
}
