package org.mastokey.server;

/**
 * Where a server's software reads or answers the Mastodon protocol differently, as a fact the client
 * can act on. Detected once, from the software the server reports ({@link CapabilityDetection}), so that
 * no other class compares software names.
 */
public enum Quirk {
    /** The app registration reads {@code scope}, not {@code scopes} (snac). */
    REGISTRATION_READS_SCOPE,
    /** A client-credentials request must name one of the app's redirect URIs (GoToSocial). */
    CLIENT_CREDENTIALS_NEED_REDIRECT,
    /** A token the server does not know is answered with 422 and an empty body, not 401 (snac). */
    FORGOTTEN_TOKEN_IS_EMPTY_422,
    /** Revoking a token also deletes its app, and there is no harmless way to ask whether an app exists (snac). */
    REVOKE_DELETES_APP,
    /** Revoking a token the server no longer knows is refused (403) instead of answered 200 (snac). */
    REVOKE_REFUSES_FORGOTTEN_TOKEN,
    /**
     * A revoke probe with a random token tells whether the app registration still exists, without side effects
     * (Doorkeeper: 200 for a known client, 401/403 for an unknown one).
     */
    HARMLESS_CLIENT_PROBE
}
