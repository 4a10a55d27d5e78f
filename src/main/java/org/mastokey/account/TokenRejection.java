package org.mastokey.account;

import java.util.Optional;
import org.mastokey.net.OAuthError;
import org.mastokey.net.ServiceException;
import org.mastokey.net.UnexpectedResponse;
import org.mastokey.net.Secret;
import org.mastokey.oauth.AccessToken;
import org.mastokey.server.Quirk;
import org.mastokey.server.ServerInfo;

/**
 * What "this token is no longer valid" looks like on each server: a 401 on Mastodon and GoToSocial, a
 * 422 with an empty body on snac. Used wherever a saved token is tried, so that every face says
 * "revoked" for the same answers.
 */
public final class TokenRejection {
    private TokenRejection() {
    }

    /** Whether this answer to a request made with the token says the server does not accept the token. */
    public static boolean meansRevoked(ServerInfo server, ServiceException failure) {
        if (failure instanceof OAuthError oauth) {
            return oauth.status() == 401;
        }
        return failure instanceof UnexpectedResponse unexpected && unexpected.status() == 422 && unexpected.emptyBody()
                && server.capabilities().has(Quirk.FORGOTTEN_TOKEN_IS_EMPTY_422);
    }

    /**
     * Tries the token once: empty when it works, the rejection when the server no longer accepts it.
     *
     * @throws ServiceException any other answer (unreachable, a refusal of another kind): nothing is known then
     */
    static Optional<ServiceException> rejection(AccountVerifier verifier, ServerInfo server, Secret token, SavedAccount saved) {
        try {
            verifier.verify(server, new AccessToken(token, "Bearer", saved.scopes(), saved.savedAt()));
            return Optional.empty();
        } catch (ServiceException e) {
            if (meansRevoked(server, e)) {
                return Optional.of(e);
            }
            if (e instanceof OAuthError oauth && oauth.status() == 422 && LoginFlow.isAppOnly(saved.acct())) {
                return Optional.empty();   // an app-only token works but acts for no user
            }
            throw e;
        }
    }
}
