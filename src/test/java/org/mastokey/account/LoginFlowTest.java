package org.mastokey.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.FakeMastodonOptions.Personality;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.net.AccountMismatch;
import org.mastokey.net.HttpApi;
import org.mastokey.net.OAuthError;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.oauth.InMemoryAppCache;
import org.mastokey.oauth.PastedCode;
import org.mastokey.oauth.Scopes;
import org.mastokey.net.Secret;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Capabilities;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerInfo;

/** The whole engine against the fake server, with a scripted browser in place of the person. */
class LoginFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final HttpApi http = new HttpApi();
    private final InMemoryAppCache appCache = new InMemoryAppCache();
    private final LoginFlow flow = new LoginFlow(new Discovery(http), new AppRegistry(http, appCache),
            new TokenClient(http), new AccountVerifier(http));
    private FakeMastodon fake;

    @BeforeEach
    void start() {
        fake = FakeMastodon.start(FakeMastodonOptions.defaults());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    /** Typed handle → discovery → app → system browser signs in and approves → loopback → token → account. */
    private Login loginThroughTheBrowser(String typed, ScriptedBrowser browser, Scopes scopes) throws Exception {
        ServerInfo server = flow.discover(typed);
        try (PendingLogin pending = flow.start(server, scopes, AuthorizeMode.LOOPBACK, false, "en")) {
            CompletableFuture<ScriptedBrowser.Outcome> browsing = browser.openInBackground(pending.authorizeUri());
            CallbackResult result = pending.awaitCallback(WAIT);
            ScriptedBrowser.Outcome outcome = browsing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOfSatisfying(ScriptedBrowser.Callback.class,
                    callback -> assertThat(callback.deliveredStatus()).isEqualTo(200));
            return flow.finish(pending, result);
        }
    }

    private String alice() {
        return "@alice@" + fake.domain();
    }

    @Test
    void fromATypedHandleToAVerifiedAccountThroughTheLoopbackReceiver() throws Exception {
        Login login = loginThroughTheBrowser(alice(), ScriptedBrowser.alice(), Scopes.of("write:statuses"));

        assertThat(login.account().acct()).isEqualTo("alice@" + fake.domain());
        assertThat(login.account().grantedScopes()).isEqualTo(Scopes.of("profile", "write:statuses"));
        assertThat(login.token().value().isBlank()).isFalse();
        assertThat(login.app().redirectUris()).containsExactly(LoginFlow.LOOPBACK_ANY_PORT, "urn:ietf:wg:oauth:2.0:oob");
        assertThat(login.server().apiBase()).isEqualTo(fake.baseUri());
        assertThat(fake.tokenCount()).isEqualTo(1);
        assertThat(login.toString()).doesNotContain(login.token().value().reveal())
                .doesNotContain(login.app().clientSecret().reveal());
    }

    @Test
    void theAuthorizeUrlCarriesPkceStateAndTheEphemeralLoopbackPort() {
        ServerInfo server = flow.discover(alice());
        try (PendingLogin pending = flow.start(server, Scopes.of("read"), AuthorizeMode.LOOPBACK, true, "de")) {
            String url = pending.authorizeUri().toString();
            int port = pending.receiver().orElseThrow().port();

            assertThat(pending.redirectUri()).isEqualTo("http://127.0.0.1:" + port + "/callback");
            assertThat(url).contains("code_challenge_method=S256", "code_challenge=", "state=" + pending.request().state(),
                    "force_login=true", "lang=de", "scope=read", "response_type=code");
            assertThat(pending.request().scopes()).isEqualTo(Scopes.of("read"));   // read already identifies
        }
    }

    @Test
    void outOfBandWithAPastedCode() throws Exception {
        ServerInfo server = flow.discover(alice());
        try (PendingLogin pending = flow.start(server, Scopes.of("write:statuses"), AuthorizeMode.OOB, false, null)) {
            assertThat(pending.receiver()).isEmpty();
            ScriptedBrowser.Outcome page = ScriptedBrowser.alice().open(pending.authorizeUri());
            assertThat(page).isInstanceOf(ScriptedBrowser.OutOfBandCode.class);

            Login login = flow.finish(pending, PastedCode.parse("  \"" + page.code().orElseThrow() + "\"  "));

            assertThat(login.account().acct()).isEqualTo("alice@" + fake.domain());
        }
    }

    @Test
    void deniedConsentComesBackAsAValueAndEndsAsATypedError() throws Exception {
        ServerInfo server = flow.discover(alice());
        try (PendingLogin pending = flow.start(server, Scopes.of("read"), AuthorizeMode.LOOPBACK, false, null)) {
            ScriptedBrowser.alice().denying().openInBackground(pending.authorizeUri());
            CallbackResult result = pending.awaitCallback(WAIT);

            assertThat(result).isInstanceOfSatisfying(CallbackResult.Denied.class,
                    denied -> assertThat(denied.error()).isEqualTo("access_denied"));
            assertThatThrownBy(() -> flow.finish(pending, result))
                    .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.error()).isEqualTo("access_denied"))
                    .hasMessageContaining("denied");
            assertThat(fake.tokenCount()).isZero();
        }
    }

    @Test
    void signingInAsBobWhenAliceWasTypedIsAMismatch() {
        assertThatThrownBy(() -> loginThroughTheBrowser(alice(), ScriptedBrowser.bob(), Scopes.of("read")))
                .isInstanceOfSatisfying(AccountMismatch.class, e -> {
                    assertThat(e.expected()).isEqualTo("alice@" + fake.domain());
                    assertThat(e.actual()).isEqualTo("bob@" + fake.domain());
                });
    }

    @Test
    void withoutAHandleAnyAccountIsAccepted() throws Exception {
        Login login = loginThroughTheBrowser(fake.domain(), ScriptedBrowser.bob(), Scopes.of("read"));

        assertThat(login.account().acct()).isEqualTo("bob@" + fake.domain());
    }

    @Test
    void aForeignStateIsRefused() {
        ServerInfo server = flow.discover(alice());
        PendingLogin pending = flow.start(server, Scopes.of("read"), AuthorizeMode.LOOPBACK, false, null);

        assertThatThrownBy(() -> flow.finish(pending, new CallbackResult.Code(Secret.of("x1234567"), "other")))
                .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.error()).isEqualTo("invalid_state"));
        assertThatThrownBy(() -> flow.finish(pending, new CallbackResult.Code(Secret.of("x1234567"), null)))
                .isInstanceOf(OAuthError.class);
        assertThat(fake.requestCount("POST /oauth/token")).isZero();
    }

    @Test
    void theSecondLoginReusesTheRegistration() throws Exception {
        loginThroughTheBrowser(alice(), ScriptedBrowser.alice(), Scopes.of("write:statuses"));
        List<String> first = fake.requests();
        fake.resetRequests();

        loginThroughTheBrowser(alice(), ScriptedBrowser.alice(), Scopes.of("write:statuses"));
        List<String> second = fake.requests();

        assertThat(first).contains("POST /api/v1/apps");
        assertThat(second).doesNotContain("POST /api/v1/apps");
        assertThat(fake.appCount()).isEqualTo(1);
        System.out.println("requests per login, first (registers): " + describe(first));
        System.out.println("requests per login, second (cached app): " + describe(second));
    }

    @Test
    void fallingBackFromLoopbackToOutOfBandNeedsNoNewRegistration() throws Exception {
        ServerInfo server = flow.discover(alice());
        try (PendingLogin loopback = flow.start(server, Scopes.of("read"), AuthorizeMode.LOOPBACK, false, null);
             PendingLogin oob = flow.start(server, Scopes.of("read"), AuthorizeMode.OOB, false, null)) {
            assertThat(oob.request().app().clientId()).isEqualTo(loopback.request().app().clientId());
            String code = ScriptedBrowser.alice().open(oob.authorizeUri()).code().orElseThrow();
            assertThat(flow.finish(oob, PastedCode.parse(code)).account().acct()).isEqualTo("alice@" + fake.domain());
        }
        assertThat(fake.requestCount("POST /api/v1/apps")).isEqualTo(1);
    }

    @Test
    void anAppTheServerForgotIsRegisteredAgainBeforeTheBrowserIsSent() throws Exception {
        loginThroughTheBrowser(alice(), ScriptedBrowser.alice(), Scopes.of("read"));
        fake.forgetApps();

        Login again = loginThroughTheBrowser(alice(), ScriptedBrowser.alice(), Scopes.of("read"));

        assertThat(again.account().acct()).isEqualTo("alice@" + fake.domain());
        assertThat(fake.requestCount("POST /api/v1/apps")).isEqualTo(2);
        assertThat(appCache.find(again.app().key())).contains(again.app());
    }

    @Test
    void invalidClientAtTheExchangeReRegistersOnceAndAsksToAuthorizeAgain() throws Exception {
        ServerInfo server = flow.discover(alice());
        PendingLogin pending = flow.start(server, Scopes.of("read"), AuthorizeMode.OOB, false, null);
        String code = ScriptedBrowser.alice().open(pending.authorizeUri()).code().orElseThrow();
        String staleClient = pending.request().app().clientId();
        fake.forgetApps();

        assertThatThrownBy(() -> flow.finish(pending, PastedCode.parse(code)))
                .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.error()).isEqualTo("invalid_client"))
                .hasMessageContaining("start the authorization again");
        assertThat(fake.requestCount("POST /api/v1/apps")).isEqualTo(2);

        try (PendingLogin retry = flow.start(server, Scopes.of("read"), AuthorizeMode.OOB, false, null)) {
            assertThat(retry.request().app().clientId()).isNotEqualTo(staleClient);
            String fresh = ScriptedBrowser.alice().open(retry.authorizeUri()).code().orElseThrow();
            assertThat(flow.finish(retry, PastedCode.parse(fresh)).account().acct()).isEqualTo("alice@" + fake.domain());
        }
        assertThat(fake.requestCount("POST /api/v1/apps")).isEqualTo(2);
    }

    @Test
    void aLegacyServerGetsNoPkceAndReadAccountsInsteadOfProfile() throws Exception {
        try (FakeMastodon legacy = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(Personality.MASTODON_LEGACY))) {
            ServerInfo server = flow.discover("@alice@" + legacy.domain());
            assertThat(flow.scopesFor(server, Scopes.of("profile", "write:statuses"))).isEqualTo(Scopes.of("read:accounts", "write:statuses"));

            try (PendingLogin pending = flow.start(server, Scopes.of("write:statuses"), AuthorizeMode.LOOPBACK, false, null)) {
                assertThat(pending.authorizeUri().toString()).doesNotContain("code_challenge");
                assertThat(pending.request().codeVerifier()).isNull();
                ScriptedBrowser.alice().openInBackground(pending.authorizeUri());
                Login login = flow.finish(pending, pending.awaitCallback(WAIT));

                assertThat(login.account().acct()).isEqualTo("alice@" + legacy.domain());
                assertThat(login.account().grantedScopes()).isEqualTo(Scopes.of("read:accounts", "write:statuses"));
            }
        }
    }

    @Test
    void anExactMatchServerGetsAFixedPortRegisteredAndReused() throws Exception {
        try (FakeMastodon exact = FakeMastodon.start(FakeMastodonOptions.defaults().withExactRedirect(true))) {
            ServerInfo discovered = flow.discover("@alice@" + exact.domain());
            var caps = discovered.capabilities();
            ServerInfo server = new ServerInfo(discovered.address(), discovered.apiBase(), discovered.domain(), discovered.title(),
                    discovered.description(), discovered.thumbnail(), discovered.software(),
                    new Capabilities(caps.metadataDocument(), caps.pkceS256(), caps.scopesSupported(),
                            false, true, true, false), discovered.expectedAcct());

            String firstRedirect;
            try (PendingLogin pending = flow.start(server, Scopes.of("read"), AuthorizeMode.LOOPBACK, false, null)) {
                firstRedirect = pending.redirectUri();
                assertThat(pending.request().app().redirectUris()).containsExactly(firstRedirect);
                ScriptedBrowser.alice().openInBackground(pending.authorizeUri());
                assertThat(flow.finish(pending, pending.awaitCallback(WAIT)).account().acct()).startsWith("alice@");
            }
            try (PendingLogin again = flow.start(server, Scopes.of("read"), AuthorizeMode.LOOPBACK, false, null)) {
                assertThat(again.redirectUri()).isEqualTo(firstRedirect);
            }
            assertThat(exact.requestCount("POST /api/v1/apps")).isEqualTo(1);
        }
    }

    @Test
    void appOnlyTokenAndRevocation() throws Exception {
        ServerInfo server = flow.discover(fake.domain());
        AccessToken appToken = flow.appOnlyToken(server, Scopes.of("read"));
        assertThat(appToken.value().isBlank()).isFalse();

        Login login = loginThroughTheBrowser(alice(), ScriptedBrowser.alice(), Scopes.of("read"));
        int live = fake.tokenCount();
        flow.revoke(login.app(), login.token().value());

        assertThat(fake.tokenCount()).isEqualTo(live - 1);
        assertThatThrownBy(() -> new AccountVerifier(http).verify(login.server(), login.token()))
                .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void scopesTheServerDoesNotOfferAreRefusedBeforeAnythingIsRegistered() {
        ServerInfo server = flow.discover(alice());

        assertThatThrownBy(() -> flow.start(server, Scopes.of("read", "crypto"), AuthorizeMode.OOB, false, null))
                .isInstanceOfSatisfying(OAuthError.class, e -> assertThat(e.error()).isEqualTo("invalid_scope"))
                .hasMessageContaining("does not offer crypto");
        assertThat(fake.requestCount("POST /api/v1/apps")).isZero();
    }

    private static String describe(List<String> requests) {
        long api = requests.stream().filter(r -> !r.contains("/oauth/authorize") && !r.contains("/auth/")).count();
        Map<Boolean, Long> split = Map.of(true, api, false, requests.size() - api);
        return requests.size() + " in all, " + split.get(true) + " by Mastokey, " + split.get(false) + " by the browser " + requests;
    }
}
