package org.mastokey.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.HostileMastodon;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SessionOnlyStore;
import org.mastokey.net.HttpApi;
import org.mastokey.net.RequestTimeout;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.Scopes;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerInfo;

/**
 * A revocation the server does not answer in time may have happened, may still happen, or may never:
 * the token is tried afterwards, and the outcome says which, whether revoking a saved account or the
 * old token of a rotation.
 */
class RevokeWithoutAnswerTest {
    private static final String REVOKE = "POST /oauth/revoke";
    private static final String VERIFY = "GET /api/v1/accounts/verify_credentials";

    private final SavedAccounts accounts = new SavedAccounts(new SessionOnlyStore());
    private final HttpApi http = new HttpApi(Duration.ofSeconds(5), Duration.ofSeconds(1), HttpApi.DEFAULT_MAX_BODY_BYTES);
    private final LoginFlow flow = new LoginFlow(new Discovery(http), new AppRegistry(http, accounts.appCache()),
            new TokenClient(http), new AccountVerifier(http));
    private final AccountActions actions = new AccountActions(flow, accounts, new AccountVerifier(http));
    private final HostileMastodon server = HostileMastodon.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private SavedAccount savedAlice() throws Exception {
        return accounts.save(login(flow.discover(server.baseUri().toString())), "");
    }

    private Login login(ServerInfo info) throws Exception {
        try (PendingLogin pending = flow.start(info, Scopes.of("read"), AuthorizeMode.LOOPBACK, false, "en")) {
            ScriptedBrowser.alice().openInBackground(pending.authorizeUri());
            return flow.finish(pending, pending.awaitCallback(Duration.ofSeconds(20)));
        }
    }

    @Test
    void aRevocationCarriedOutButNotAnsweredIsReportedRevokedAndTheItemDeleted() throws Exception {
        SavedAccount alice = savedAlice();
        server.hang(REVOKE, true);

        assertThat(actions.revoke(alice)).isEqualTo(AccountActions.RevokeOutcome.REVOKED_WITHOUT_ANSWER);
        assertThat(accounts.find(alice.acct())).isEmpty();
        assertThat(server.fake().tokenCount()).as("the server did revoke it").isZero();
    }

    @Test
    void aRevocationNeitherCarriedOutNorAnsweredSaysTheTokenStillWorksAndKeepsIt() throws Exception {
        SavedAccount alice = savedAlice();
        server.hang(REVOKE, false);

        assertThatThrownBy(() -> actions.revoke(alice)).isInstanceOfSatisfying(RevokeUnanswered.class, e -> {
            assertThat(e.stillWorks()).isTrue();
            assertThat(e.getMessage()).contains("did not answer the revocation in time", "the token still works",
                    "stays in the keychain");
            assertThat(e.getCause()).isInstanceOf(RequestTimeout.class);
        });
        assertThat(accounts.token(alice.acct())).as("the only copy of a working token is kept").isPresent();
    }

    @Test
    void whenTheCheckAfterwardsFailsTooTheOutcomeIsUnknownAndTheItemKept() throws Exception {
        SavedAccount alice = savedAlice();
        server.hang(REVOKE, true).hang(VERIFY, false);

        assertThatThrownBy(() -> actions.revoke(alice)).isInstanceOfSatisfying(RevokeUnanswered.class, e -> {
            assertThat(e.stillWorks()).isFalse();
            assertThat(e.getMessage()).contains("whether the token still works is unknown");
        });
        assertThat(accounts.token(alice.acct())).isPresent();
    }

    @Test
    void aRotationWhoseOldTokenRevocationGoesUnansweredSaysTheOldTokenStillWorks() throws Exception {
        SavedAccount alice = savedAlice();
        TokenRotation rotation = actions.startRotation(alice);
        Login renewed = login(rotation.server());
        server.hang(REVOKE, false);

        TokenRotation.Result result = rotation.complete(renewed);

        assertThat(result.oldTokenRevoked()).isFalse();
        assertThat(result.oldTokenFailure()).get().isInstanceOfSatisfying(RevokeUnanswered.class,
                e -> assertThat(e.stillWorks()).isTrue());
        assertThat(accounts.token(alice.acct())).as("the new token is saved").isPresent();
    }
}
