package org.mastokey.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.mastokey.net.ApiResponse;
import org.mastokey.net.HttpApi;
import org.mastokey.net.UnexpectedResponse;
import org.mastokey.oauth.AccessToken;
import org.mastokey.server.ServerInfo;

/** {@code GET /api/v1/accounts/verify_credentials}: who the token acts for. */
public final class AccountVerifier {
    private final HttpApi http;

    public AccountVerifier(HttpApi http) {
        this.http = http;
    }

    /**
     * @throws org.mastokey.net.OAuthError 401 (token invalid or revoked), 403 (scopes do not allow it,
     *                                     or the login is disabled), 422 (an app-only token)
     */
    public VerifiedAccount verify(ServerInfo server, AccessToken token) {
        ApiResponse response = http.getJson(server.apiBase().resolve("/api/v1/accounts/verify_credentials"), token.value());
        JsonNode json = response.successJson();
        String id = json.path("id").asText("");
        String username = json.path("username").asText("");
        String acct = json.path("acct").asText(username);
        if (id.isBlank() || acct.isBlank()) {
            throw new UnexpectedResponse(server.apiBase().getHost(), response.status(), "the account has no id or name");
        }
        // Local accounts are just "user"; the handle people use is user@domain.
        String fullAcct = acct.contains("@") ? acct : acct + "@" + server.domain();
        String displayName = json.path("display_name").asText("");
        return new VerifiedAccount(id, fullAcct, displayName.isBlank() ? (username.isBlank() ? acct : username) : displayName,
                uri(json.path("avatar").asText(null)), uri(json.path("url").asText(null)), server.apiBase(), token.scopes());
    }

    private static URI uri(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(text);
            return "https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
