package org.mastokey.oauth;

import org.mastokey.net.Secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.net.OAuthError;

class TokenClientTest extends DiscoveredServerTest {
    private static final String LOOPBACK = "http://127.0.0.1/callback";
    private static final Scopes SCOPES = Scopes.of("profile", "write:statuses");

    private final TokenClient tokens = new TokenClient(http);
    private RegisteredApp app;

    @BeforeEach
    void registerApp() {
        app = new AppRegistry(http, new InMemoryAppCache()).obtain(server, List.of(LOOPBACK, AuthorizationRequests.OOB_REDIRECT), SCOPES);
    }

    private AuthorizationRequest request(String redirectUri, Pkce pkce) {
        return AuthorizationRequests.create(server.apiBase(), app, redirectUri, SCOPES, AuthorizationRequests.newState(), pkce, false, null);
    }

    @Test
    void exchangesACodeWithPkceForABearerTokenWithTheGrantedScopes() {
        AuthorizationRequest request = request("http://127.0.0.1:45678/callback", Pkce.generate());
        Secret code = BrowserApproval.code(ScriptedBrowser.alice(), request.authorizeUri());

        AccessToken token = tokens.exchange(request, code);

        assertThat(token.value().reveal()).isNotBlank();
        assertThat(token.tokenType()).isEqualTo("Bearer");
        assertThat(token.scopes()).isEqualTo(SCOPES);
        assertThat(token.toString()).doesNotContain(token.value().reveal());
        assertThat(fake.tokenCount()).isEqualTo(1);
    }

    @Test
    void anOutOfBandCodeIsExchangedWithTheOobRedirect() {
        AuthorizationRequest request = request(AuthorizationRequests.OOB_REDIRECT, Pkce.generate());
        Secret code = BrowserApproval.code(ScriptedBrowser.alice(), request.authorizeUri());

        assertThat(tokens.exchange(request, code).value().isBlank()).isFalse();
    }

    @Test
    void aCodeWorksOnceAndErrorsNeverRepeatSecrets() {
        AuthorizationRequest request = request(AuthorizationRequests.OOB_REDIRECT, Pkce.generate());
        Secret code = BrowserApproval.code(ScriptedBrowser.alice(), request.authorizeUri());
        tokens.exchange(request, code);

        Throwable reused = catchThrowable(() -> tokens.exchange(request, code));

        assertThat(reused).isInstanceOfSatisfying(OAuthError.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.error()).isEqualTo("invalid_grant");
        });
        assertThat(reused.getMessage()).contains("start the authorization again")
                .doesNotContain(code.reveal()).doesNotContain(app.clientSecret().reveal())
                .doesNotContain(request.codeVerifier().reveal());
    }

    @Test
    void aWrongVerifierIsAnInvalidGrant() {
        AuthorizationRequest request = request(AuthorizationRequests.OOB_REDIRECT, Pkce.generate());
        Secret code = BrowserApproval.code(ScriptedBrowser.alice(), request.authorizeUri());
        AuthorizationRequest forged = new AuthorizationRequest(request.authorizeUri(), request.state(),
                Pkce.generate().verifier(), request.redirectUri(), app, SCOPES);

        assertThatThrownBy(() -> tokens.exchange(forged, code))
                .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
    }

    @Test
    void aForgottenAppIsAnInvalidClientAndTheProbeSeesIt() {
        AuthorizationRequest request = request(AuthorizationRequests.OOB_REDIRECT, null);
        Secret code = BrowserApproval.code(ScriptedBrowser.alice(), request.authorizeUri());
        assertThat(tokens.clientStillRegistered(app)).isTrue();

        fake.forgetApps();

        assertThat(tokens.clientStillRegistered(app)).isFalse();
        assertThatThrownBy(() -> tokens.exchange(request, code))
                .isInstanceOfSatisfying(OAuthError.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.error()).isEqualTo("invalid_client");
                });
    }

    @Test
    void clientCredentialsGiveAnAppToken() {
        AccessToken appToken = tokens.clientCredentials(app, Scopes.of("write:statuses"));

        assertThat(appToken.value().isBlank()).isFalse();
        assertThat(appToken.scopes()).isEqualTo(Scopes.of("write:statuses"));
        assertThatThrownBy(() -> tokens.clientCredentials(app, Scopes.of("admin:read")))
                .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.error()).isEqualTo("invalid_scope"));
    }

    @Test
    void revokeIsIdempotentAndRefusedForAnotherApp() {
        AuthorizationRequest request = request(AuthorizationRequests.OOB_REDIRECT, Pkce.generate());
        AccessToken token = tokens.exchange(request, BrowserApproval.code(ScriptedBrowser.alice(), request.authorizeUri()));
        RegisteredApp otherApp = new AppRegistry(http, new InMemoryAppCache())
                .obtain(server, List.of(AuthorizationRequests.OOB_REDIRECT), Scopes.of("read"));

        assertThatThrownBy(() -> tokens.revoke(otherApp, token.value()))
                .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(fake.tokenCount()).isEqualTo(1);

        tokens.revoke(app, token.value());
        tokens.revoke(app, token.value());

        assertThat(fake.tokenCount()).isZero();
    }
}
