package org.mastokey.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.mastokey.net.ApiResponse;
import org.mastokey.net.HttpApi;
import org.mastokey.net.Secret;
import org.mastokey.net.ServerText;
import org.mastokey.server.AccountId;
import org.mastokey.net.UnexpectedResponse;
import org.mastokey.oauth.AccessToken;
import org.mastokey.server.ServerInfo;
import org.mastokey.server.ServerLinks;

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
        if (id.isBlank() || username.isBlank()) {
            throw new UnexpectedResponse(server.apiBase().getHost(), response.status(), "the account has no id or name");
        }
        if (!AccountId.isUsername(username)) {
            throw new UnexpectedResponse(server.apiBase().getHost(), response.status(),
                    "the account's user name is not one a Mastodon server gives out");
        }
        // The server's "acct" and "domain" are its word; the handle is its user name at the origin asked.
        AccountId account = new AccountId(username, server.accountDomain());
        String displayName = ServerText.oneLine(json.path("display_name").asText(""));
        return new VerifiedAccount(ServerText.oneLine(id), account.acct(), displayName.isBlank() ? username : displayName,
                ServerLinks.webOrNull(json.path("avatar").asText(null)), ServerLinks.webOrNull(json.path("url").asText(null)),
                server.apiBase(), token.scopes());
    }

    /**
     * Whether the server still accepts the token: false for 401; true for an answer that shows it
     * was accepted (200, or 403/422 for tokens that may not read the account, such as app-only ones).
     *
     * @throws org.mastokey.net.ServiceException when the server gives no such answer
     */
    public boolean stillAccepted(URI apiBase, Secret token) {
        ApiResponse response = http.getJson(apiBase.resolve("/api/v1/accounts/verify_credentials"), token);
        if (response.status() == 401) {
            return false;
        }
        if (response.isSuccess() || response.status() == 403 || response.status() == 422) {
            return true;
        }
        throw response.failure();
    }
}
