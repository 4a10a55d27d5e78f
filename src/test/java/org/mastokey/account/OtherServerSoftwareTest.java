package org.mastokey.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mastokey.oauth.AccessToken;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.FakeMastodonOptions.Personality;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.net.HttpApi;
import org.mastokey.net.UnsupportedServer;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.InMemoryAppCache;
import org.mastokey.oauth.PastedCode;
import org.mastokey.oauth.Scopes;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerInfo;

/** The same engine against the fake server's other personalities (each described in {@link Personality}). */
class OtherServerSoftwareTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final HttpApi http = new HttpApi();
    private final LoginFlow flow = new LoginFlow(new Discovery(http), new AppRegistry(http, new InMemoryAppCache()),
            new TokenClient(http), new AccountVerifier(http));

    @ParameterizedTest
    @EnumSource(value = Personality.class, names = {"GOTOSOCIAL", "PLEROMA", "SNAC", "FRIENDICA", "HOLLO"})
    void loopbackLoginWithOneExactRedirectPerRegistration(Personality personality) throws Exception {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(personality))) {
            ServerInfo server = flow.discover("@alice@" + fake.domain());
            assertThat(server.software().isMastodon()).isFalse();
            assertThat(server.capabilities().loopbackAnyPort()).isFalse();

            try (PendingLogin pending = flow.start(server, Scopes.of("read"), AuthorizeMode.LOOPBACK, false, null)) {
                assertThat(pending.request().app().redirectUris()).containsExactly(pending.redirectUri());
                ScriptedBrowser.alice().openInBackground(pending.authorizeUri());
                Login login = flow.finish(pending, pending.awaitCallback(WAIT));

                assertThat(login.account().acct()).isEqualToIgnoringCase("alice@" + fake.domain());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Personality.class, names = {"GOTOSOCIAL", "PLEROMA", "SNAC", "FRIENDICA", "HOLLO"})
    void outOfBandLoginWithAPastedCode(Personality personality) throws Exception {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(personality))) {
            ServerInfo server = flow.discover("@alice@" + fake.domain());

            try (PendingLogin pending = flow.start(server, Scopes.of("read"), AuthorizeMode.OOB, false, null)) {
                assertThat(pending.request().app().redirectUris()).containsExactly("urn:ietf:wg:oauth:2.0:oob");
                ScriptedBrowser.Outcome page = ScriptedBrowser.alice().open(pending.authorizeUri());
                String pasted = page instanceof ScriptedBrowser.OutOfBandCode oob && oob.state() != null
                        ? oob.value() + "&state=" + oob.state() : page.code().orElseThrow(() -> new AssertionError(page.toString()));

                Login login = flow.finish(pending, PastedCode.parse(pasted));

                assertThat(login.account().acct()).isEqualToIgnoringCase("alice@" + fake.domain());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Personality.class, names = {"MASTODON", "GOTOSOCIAL", "PLEROMA", "HOLLO"})
    void appOnlyTokenWhereTheServerHasTheGrant(Personality personality) {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(personality))) {
            ServerInfo server = flow.discover(fake.domain());
            assertThat(server.capabilities().clientCredentials()).isTrue();

            AccessToken token = flow.appOnlyToken(server, Scopes.of("read"));

            assertThat(token.value().isBlank()).isFalse();
        }
    }

    @Test
    void holloTokenTimesInMillisecondsAreReadAsSuch() throws Exception {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(Personality.HOLLO))) {
            ServerInfo server = flow.discover(fake.domain());
            Instant before = Instant.now().minusSeconds(1);
            try (PendingLogin pending = flow.start(server, Scopes.of("read"), AuthorizeMode.LOOPBACK, false, null)) {
                ScriptedBrowser.alice().openInBackground(pending.authorizeUri());
                Login login = flow.finish(pending, pending.awaitCallback(WAIT));
                assertThat(login.token().createdAt()).isBetween(before, Instant.now().plusSeconds(1));
            }
            assertThat(flow.appOnlyToken(server, Scopes.of("read")).createdAt()).isBetween(before, Instant.now().plusSeconds(1));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Personality.class, names = {"MISSKEY"})
    void misskeyIsUnsupported(Personality personality) {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(personality))) {
            assertThatThrownBy(() -> flow.discover(fake.domain()))
                    .isInstanceOf(UnsupportedServer.class).hasMessageContaining("misskey");
        }
    }
}
