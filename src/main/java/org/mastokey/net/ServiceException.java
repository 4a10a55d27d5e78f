package org.mastokey.net;

/**
 * Every failure the service layer reports. Messages are written for a person and never contain a
 * secret (token, client secret, authorization code, PKCE verifier).
 */
public abstract sealed class ServiceException extends RuntimeException
        permits ServerUnreachable, TlsFailure, NotMastodonCompatible, UnsupportedServer, OAuthError,
                RateLimited, RequestTimeout, UnexpectedResponse, AccountMismatch, UnknownAccount, InvalidToken,
                NoAppOnlyTokens {

    protected ServiceException(String message) {
        super(message);
    }

    protected ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
