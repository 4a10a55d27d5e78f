package org.mastokey.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.FakeMastodonOptions.Personality;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SessionOnlyStore;
import org.mastokey.net.HttpApi;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.Scopes;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerInfo;

/**
 * Tokens a server no longer knows, as snac answers for them (422 with an empty body; 403 to a revoke), and
 * what saving says about the software: the same outcome as on Mastodon's 401.
 */
class ForgottenTokensTest {
    private final SecretStore store = new SessionOnlyStore();
    private final SavedAccounts accounts = new SavedAccounts(store);
    private final HttpApi http = new HttpApi();
    private final LoginFlow flow = new LoginFlow(new Discovery(http), new AppRegistry(http, accounts.appCache()),
            new TokenClient(http), new AccountVerifier(http));
    private final AccountActions actions = new AccountActions(flow, accounts, new AccountVerifier(http));
    private FakeMastodon server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private SavedAccount savedAlice(Personality personality) throws Exception {
        server = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(personality));
        return accounts.save(login(flow.discover(server.baseUri().toString()), Scopes.of("read")), "");
    }

    private Login login(ServerInfo info, Scopes scopes) throws Exception {
        try (PendingLogin pending = flow.start(info, scopes, AuthorizeMode.LOOPBACK, false, "en")) {
            ScriptedBrowser.alice().openInBackground(pending.authorizeUri());
            return flow.finish(pending, pending.awaitCallback(Duration.ofSeconds(20)));
        }
    }

    @Test
    void aTokenSnacForgotChecksAsRevoked() throws Exception {
        SavedAccount alice = savedAlice(Personality.SNAC);
        assertThat(actions.check(alice).state()).isEqualTo(AccountCheck.State.VALID);

        server.revokeAllTokens();

        assertThat(actions.check(alice).state()).isEqualTo(AccountCheck.State.REVOKED);
    }

    @Test
    void rotatingATokenSnacForgotNeedsNoRevocation() throws Exception {
        SavedAccount alice = savedAlice(Personality.SNAC);
        server.revokeAllTokens();

        TokenRotation rotation = actions.startRotation(alice);
        TokenRotation.Result result = rotation.complete(login(rotation.server(), rotation.scopes()));

        assertThat(result.oldTokenRevoked()).as(String.valueOf(result.oldTokenFailure())).isTrue();
        assertThat(result.oldTokenWasAlreadyInvalid()).isTrue();
        assertThat(actions.check(result.account()).state()).isEqualTo(AccountCheck.State.VALID);
    }

    @Test
    void revokingATokenSnacForgotDeletesTheItem() throws Exception {
        SavedAccount alice = savedAlice(Personality.SNAC);
        server.revokeAllTokens();

        assertThat(actions.revoke(alice)).isEqualTo(AccountActions.RevokeOutcome.WAS_ALREADY_INVALID);
        assertThat(accounts.find(alice.acct())).isEmpty();
    }

    @Test
    void theKeychainLabelNamesTheServersSoftware() throws Exception {
        SavedAccount alice = savedAlice(Personality.HOLLO);

        assertThat(store.list(SecretStore.TOKEN_SERVICE)).singleElement()
                .satisfies(item -> assertThat(item.label()).isEqualTo("Hollo token for " + alice.acct() + " (Mastokey)"));
    }
}
