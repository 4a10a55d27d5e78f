package org.mastokey.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.net.HttpApi;
import org.mastokey.net.OAuthError;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizationRequest;
import org.mastokey.oauth.AuthorizationRequests;
import org.mastokey.oauth.BrowserApproval;
import org.mastokey.oauth.InMemoryAppCache;
import org.mastokey.oauth.Pkce;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.Scopes;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerAddress;
import org.mastokey.server.ServerInfo;

class AccountVerifierTest {
    private final HttpApi http = new HttpApi();
    private final TokenClient tokens = new TokenClient(http);
    private final AccountVerifier verifier = new AccountVerifier(http);
    private FakeMastodon fake;
    private ServerInfo server;

    @BeforeEach
    void start() {
        fake = FakeMastodon.start(FakeMastodonOptions.defaults());
        server = new Discovery(http).discover(ServerAddress.parse(fake.domain()));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private AccessToken userToken(Scopes scopes) {
        RegisteredApp app = new AppRegistry(http, new InMemoryAppCache())
                .obtain(server, List.of(AuthorizationRequests.OOB_REDIRECT), scopes);
        AuthorizationRequest request = AuthorizationRequests.create(server.apiBase(), app, AuthorizationRequests.OOB_REDIRECT,
                scopes, AuthorizationRequests.newState(), Pkce.generate(), false, null);
        return tokens.exchange(request, BrowserApproval.code(ScriptedBrowser.alice(), request.authorizeUri()));
    }

    @Test
    void aLocalAccountGetsTheInstanceDomainAppended() {
        AccessToken token = userToken(Scopes.of("profile", "write:statuses"));

        VerifiedAccount account = verifier.verify(server, token);

        assertThat(account.acct()).isEqualTo("alice@" + fake.domain());
        assertThat(account.id()).isNotBlank();
        assertThat(account.displayName()).isNotBlank();
        assertThat(account.avatar()).isNotNull();
        assertThat(account.profileUrl()).isNotNull();
        assertThat(account.server()).isEqualTo(server.apiBase());
        assertThat(account.grantedScopes()).isEqualTo(Scopes.of("profile", "write:statuses"));
    }

    @Test
    void aRevokedTokenIsRefused() {
        AccessToken token = userToken(Scopes.of("read:accounts"));
        fake.revokeAllTokens();

        assertThatThrownBy(() -> verifier.verify(server, token))
                .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining("revoked").hasMessageNotContaining(token.value().reveal());
    }

    @Test
    void aTokenWithoutAnIdentifyingScopeCannotBeVerified() {
        AccessToken token = userToken(Scopes.of("write:statuses"));

        assertThatThrownBy(() -> verifier.verify(server, token))
                .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.status()).isEqualTo(403))
                .hasMessageContaining("outside the authorized scopes");
    }

    @Test
    void anAppOnlyTokenHasNoAccount() {
        RegisteredApp app = new AppRegistry(http, new InMemoryAppCache())
                .obtain(server, List.of(AuthorizationRequests.OOB_REDIRECT), Scopes.of("read"));
        AccessToken appToken = tokens.clientCredentials(server, app, Scopes.of("read"));

        assertThatThrownBy(() -> verifier.verify(server, appToken))
                .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("authenticated user");
    }
}
