package org.mastokey.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mastokey.account.AccountVerifier;
import org.mastokey.account.Login;
import org.mastokey.account.LoginFlow;
import org.mastokey.account.PendingLogin;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.FakeMastodonOptions.Personality;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.net.HttpApi;
import org.mastokey.net.OAuthError;
import org.mastokey.net.ServiceException;
import org.mastokey.net.UnexpectedResponse;
import org.mastokey.net.UnsupportedServer;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.oauth.InMemoryAppCache;
import org.mastokey.oauth.PastedCode;
import org.mastokey.oauth.Scopes;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerInfo;

/**
 * The whole flow — typed handle, discovery, app registration, authorize page signed in and approved
 * by {@link ScriptedBrowser}, code back through the loopback receiver or pasted, token, account
 * check, revoke — against every personality of the fake server, in both ways of getting the code.
 * A personality the fake server does not have yet (it still answers as Mastodon) is skipped, not passed.
 */
class PersonalityFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** NodeInfo names a personality must report; the first is also what a plain Mastodon reports. */
    private static final Map<Personality, Set<String>> SOFTWARE = Map.of(
            Personality.MASTODON, Set.of("mastodon"),
            Personality.MASTODON_LEGACY, Set.of("mastodon"),
            Personality.GOTOSOCIAL, Set.of("gotosocial"),
            Personality.PLEROMA, Set.of("pleroma", "akkoma"),
            Personality.SNAC, Set.of("snac"),
            Personality.FRIENDICA, Set.of("friendica"),
            Personality.MISSKEY, Set.of("misskey", "sharkey"),
            Personality.HOLLO, Set.of("hollo"));

    private final HttpApi http = new HttpApi(Duration.ofSeconds(2), Duration.ofSeconds(5), HttpApi.DEFAULT_MAX_BODY_BYTES);
    private final LoginFlow flow = new LoginFlow(new Discovery(http), new AppRegistry(http, new InMemoryAppCache()),
            new TokenClient(http), new AccountVerifier(http));

    static Stream<Arguments> personalitiesAndModes() {
        return Arrays.stream(Personality.values()).flatMap(p -> p == Personality.MISSKEY
                ? Stream.of(Arguments.of(p, AuthorizeMode.LOOPBACK))
                : Stream.of(Arguments.of(p, AuthorizeMode.LOOPBACK), Arguments.of(p, AuthorizeMode.OOB)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("personalitiesAndModes")
    void theWholeFlowPasses(Personality personality, AuthorizeMode mode) {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(personality))) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(fake, personality, mode));
        }
    }

    private void run(FakeMastodon fake, Personality personality, AuthorizeMode mode) throws Exception {
        String handle = "@alice@" + fake.domain();
        if (personality == Personality.MISSKEY) {
            ServerInfo answered;
            try {
                answered = flow.discover(handle);
            } catch (UnsupportedServer refused) {
                assertThat(refused.software()).isIn(SOFTWARE.get(personality));
                assertThat(refused).hasMessageContaining("Mastodon API");
                return;
            }
            skipIfNotEmulated(personality, answered);
            throw new AssertionError("a Misskey server was not refused: " + answered.software());
        }

        ServerInfo server = flow.discover(handle);
        skipIfNotEmulated(personality, server);
        assertThat(server.software().name()).isIn(SOFTWARE.get(personality));

        Login login = login(server, mode);
        assertThat(login.account().acct()).isEqualTo("alice@" + fake.domain());
        assertThat(login.token().value().isBlank()).isFalse();
        assertThat(login.token().scopes().isEmpty()).isFalse();
        if (!server.capabilities().loopbackAnyPort() && mode == AuthorizeMode.LOOPBACK) {
            assertThat(login.app().redirectUris()).hasSize(1).allMatch(uri -> uri.matches("http://127\\.0\\.0\\.1:\\d+/callback"));
        }
        assertThat(new AccountVerifier(http).verify(server, login.token()).acct()).isEqualTo(login.account().acct());

        flow.revoke(login.app(), login.token().value());
        assertThatThrownBy(() -> new AccountVerifier(http).verify(server, login.token()))
                .as("the revoked token no longer works")
                .isInstanceOfAny(OAuthError.class, UnexpectedResponse.class);

        // Again after the revoke, with the same app cache (snac deletes the app together with the token).
        Login again = login(server, mode);
        assertThat(again.account().acct()).isEqualTo(login.account().acct());
        assertThat(again.token().value()).isNotEqualTo(login.token().value());
        assertThat(new AccountVerifier(http).verify(server, again.token()).acct()).isEqualTo(login.account().acct());
    }

    private Login login(ServerInfo server, AuthorizeMode mode) throws Exception {
        try (PendingLogin pending = flow.start(server, Scopes.of("read"), mode, false, "en")) {
            CallbackResult result;
            if (mode == AuthorizeMode.LOOPBACK) {
                CompletableFuture<ScriptedBrowser.Outcome> browsing = ScriptedBrowser.alice().openInBackground(pending.authorizeUri());
                result = pending.awaitCallback(WAIT);
                assertThat(browsing.get(WAIT.toSeconds(), TimeUnit.SECONDS))
                        .isInstanceOfSatisfying(ScriptedBrowser.Callback.class, c -> assertThat(c.deliveredStatus()).isEqualTo(200));
            } else {
                ScriptedBrowser.Outcome page = ScriptedBrowser.alice().open(pending.authorizeUri());
                assertThat(page).as("the out-of-band page shows a code").isInstanceOf(ScriptedBrowser.OutOfBandCode.class);
                ScriptedBrowser.OutOfBandCode shown = (ScriptedBrowser.OutOfBandCode) page;
                // What a person copies: the code, and where the page shows one, the state with it.
                result = PastedCode.parse(" " + shown.value() + (shown.state() != null ? "&state=" + shown.state() : "") + "\n");
            }
            return flow.finish(pending, result);
        }
    }

    /** The fake server falls back to Mastodon for a personality it does not have yet. */
    private static void skipIfNotEmulated(Personality personality, ServerInfo server) {
        boolean mastodonPersonality = personality == Personality.MASTODON || personality == Personality.MASTODON_LEGACY;
        Assumptions.assumeFalse(!mastodonPersonality && server.software().isMastodon(),
                personality + " is not emulated by the fake server yet (it answers as Mastodon)");
        if (personality == Personality.MASTODON_LEGACY) {
            assertThat(server.capabilities().metadataDocument()).isFalse();
            assertThat(server.capabilities().pkceS256()).isFalse();
        }
    }
}
