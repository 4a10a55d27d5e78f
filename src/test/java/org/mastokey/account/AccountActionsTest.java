package org.mastokey.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.ForwardingSecretStore;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SessionOnlyStore;
import org.mastokey.net.HttpApi;
import org.mastokey.net.Secret;
import org.mastokey.net.ServerUnreachable;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.Scopes;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerInfo;

/** The shared account actions against the fake server over real HTTP, without any UI. */
class AccountActionsTest {
    private final FakeMastodon server = FakeMastodon.start(FakeMastodonOptions.defaults());
    private final AtomicBoolean deleteFails = new AtomicBoolean();
    private final SavedAccounts accounts = new SavedAccounts(new FailingDeleteStore(new SessionOnlyStore(), deleteFails));
    private final HttpApi http = new HttpApi(Duration.ofSeconds(3), Duration.ofSeconds(10), HttpApi.DEFAULT_MAX_BODY_BYTES);
    private final LoginFlow flow = new LoginFlow(new Discovery(http), new AppRegistry(http, accounts.appCache()),
            new TokenClient(http), new AccountVerifier(http));
    private final AccountActions actions = new AccountActions(flow, accounts, new AccountVerifier(http));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void checkSaysValidRevokedOrUnreachable() throws Exception {
        SavedAccount alice = accounts.save(login(ScriptedBrowser.alice(), flow.discover(server.baseUri().toString()), Scopes.of("read")), "");
        AccountCheck valid = actions.check(alice);
        assertThat(valid.state()).isEqualTo(AccountCheck.State.VALID);
        assertThat(valid.verified().acct()).isEqualTo(alice.acct());

        server.revokeAllTokens();
        assertThat(actions.check(alice).state()).isEqualTo(AccountCheck.State.REVOKED);

        server.close();
        AccountCheck down = actions.check(alice);
        assertThat(down.state()).isEqualTo(AccountCheck.State.UNREACHABLE);
        assertThat(down.failure()).isInstanceOf(ServerUnreachable.class);
    }

    @Test
    void revokeWithTheServerDownDeletesNothing() throws Exception {
        SavedAccount alice = accounts.save(login(ScriptedBrowser.alice(), flow.discover(server.baseUri().toString()), Scopes.of("read")), "");
        server.close();
        assertThatThrownBy(() -> actions.revoke(alice)).isInstanceOf(ServerUnreachable.class);
        assertThat(accounts.token(alice.acct())).isPresent();
    }

    @Test
    void aRevokedTokenTheKeychainCannotDeleteIsReportedAsSuch() throws Exception {
        SavedAccount alice = accounts.save(login(ScriptedBrowser.alice(), flow.discover(server.baseUri().toString()), Scopes.of("read")), "");
        String token = accounts.token(alice.acct()).orElseThrow().reveal();
        deleteFails.set(true);
        assertThatThrownBy(() -> actions.revoke(alice)).isInstanceOfSatisfying(AccountActionException.class, e -> {
            assertThat(e.reason()).isEqualTo(AccountActionException.Reason.REVOKED_NOT_DELETED);
            assertThat(e.getCause()).isInstanceOf(KeystoreException.class);
            assertThat(e.getMessage()).doesNotContain(token);
        });
        assertThat(serverStatusOf(token)).isEqualTo(401);
    }

    @Test
    void rotationByAnotherAccountKeepsTheOldTokenAndRevokesTheForeignOne() throws Exception {
        ServerInfo info = flow.discover(server.baseUri().toString());
        SavedAccount alice = accounts.save(login(ScriptedBrowser.alice(), info, Scopes.of("read")), "bot");
        String oldToken = accounts.token(alice.acct()).orElseThrow().reveal();

        TokenRotation rotation = actions.startRotation(alice);
        Login bob = login(ScriptedBrowser.bob(), rotation.server(), rotation.scopes());
        assertThatThrownBy(() -> rotation.complete(bob)).isInstanceOfSatisfying(AccountActionException.class, e -> {
            assertThat(e.reason()).isEqualTo(AccountActionException.Reason.OTHER_ACCOUNT);
            assertThat(e.otherAcct()).isEqualTo(bob.account().acct());
        });
        assertThat(accounts.token(alice.acct()).orElseThrow().reveal()).isEqualTo(oldToken);
        assertThat(serverStatusOf(oldToken)).isEqualTo(200);
        assertThat(serverStatusOf(bob.token().value().reveal())).as("the foreign token is revoked").isEqualTo(401);
        // the old registration is back, so the old token can still be revoked
        actions.revoke(accounts.find(alice.acct()).orElseThrow());
        assertThat(serverStatusOf(oldToken)).isEqualTo(401);
    }

    @Test
    void rotationGetsADifferentTokenThanReauthorizingTheSameAppWould() throws Exception {
        ServerInfo info = flow.discover(server.baseUri().toString());
        ScriptedBrowser browser = ScriptedBrowser.alice();
        SavedAccount alice = accounts.save(login(browser, info, Scopes.of("read")), "");
        String oldToken = accounts.token(alice.acct()).orElseThrow().reveal();
        // Mastodon's token reuse: the same app, user and scopes get the same token again.
        assertThat(login(browser, info, Scopes.of("read")).token().value().reveal()).isEqualTo(oldToken);

        TokenRotation rotation = actions.startRotation(alice);
        TokenRotation.Result result = rotation.complete(login(browser, rotation.server(), rotation.scopes()));
        assertThat(result.oldTokenRevoked()).isTrue();
        String newToken = accounts.token(alice.acct()).orElseThrow().reveal();
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(serverStatusOf(newToken)).isEqualTo(200);
        assertThat(serverStatusOf(oldToken)).isEqualTo(401);
    }

    @Test
    void rotatingOneOfTwoAccountsThatShareARegistrationKeepsTheOtherRevocable() throws Exception {
        ServerInfo info = flow.discover(server.baseUri().toString());
        SavedAccount alice = accounts.save(login(ScriptedBrowser.alice(), info, Scopes.of("read")), "");
        SavedAccount bob = accounts.save(login(ScriptedBrowser.bob(), info, Scopes.of("read")), "");
        String sharedClient = accounts.registration(alice).orElseThrow().clientId();
        assertThat(accounts.registration(bob).orElseThrow().clientId()).as("one registration for both").isEqualTo(sharedClient);
        String aliceOld = accounts.token(alice.acct()).orElseThrow().reveal();
        String bobToken = accounts.token(bob.acct()).orElseThrow().reveal();

        TokenRotation rotation = actions.startRotation(alice);
        TokenRotation.Result result = rotation.complete(login(ScriptedBrowser.alice(), rotation.server(), rotation.scopes()));

        assertThat(result.oldTokenRevoked()).isTrue();
        String aliceNew = accounts.token(alice.acct()).orElseThrow().reveal();
        assertThat(aliceNew).isNotEqualTo(aliceOld);
        assertThat(serverStatusOf(aliceNew)).isEqualTo(200);
        assertThat(serverStatusOf(aliceOld)).isEqualTo(401);
        assertThat(accounts.registration(accounts.find(alice.acct()).orElseThrow()).orElseThrow().clientId())
                .isNotEqualTo(sharedClient);
        assertThat(accounts.registration(accounts.find(bob.acct()).orElseThrow()).orElseThrow().clientId())
                .as("bob's token still finds the app that issued it").isEqualTo(sharedClient);
        assertThat(serverStatusOf(bobToken)).isEqualTo(200);

        actions.revoke(accounts.find(bob.acct()).orElseThrow());
        assertThat(serverStatusOf(bobToken)).isEqualTo(401);
        assertThat(serverStatusOf(aliceNew)).isEqualTo(200);
        assertThat(clientIdsInKeychain()).as("the retired registration goes with its last token")
                .doesNotContain(sharedClient).hasSize(1);
    }

    @Test
    void rotatingTheOtherAccountLaterUsesTheCurrentAppAndLeavesOnlyRegistrationsInUse() throws Exception {
        ServerInfo info = flow.discover(server.baseUri().toString());
        SavedAccount alice = accounts.save(login(ScriptedBrowser.alice(), info, Scopes.of("read")), "");
        SavedAccount bob = accounts.save(login(ScriptedBrowser.bob(), info, Scopes.of("read")), "");
        String first = accounts.registration(alice).orElseThrow().clientId();
        TokenRotation aliceRotation = actions.startRotation(alice);
        aliceRotation.complete(login(ScriptedBrowser.alice(), aliceRotation.server(), aliceRotation.scopes()));
        String second = accounts.registration(accounts.find(alice.acct()).orElseThrow()).orElseThrow().clientId();
        int appsBefore = server.appCount();
        String bobOld = accounts.token(bob.acct()).orElseThrow().reveal();

        TokenRotation bobRotation = actions.startRotation(accounts.find(bob.acct()).orElseThrow());
        TokenRotation.Result result = bobRotation.complete(login(ScriptedBrowser.bob(), bobRotation.server(), bobRotation.scopes()));

        assertThat(result.oldTokenRevoked()).isTrue();
        assertThat(serverStatusOf(bobOld)).isEqualTo(401);
        assertThat(serverStatusOf(accounts.token(bob.acct()).orElseThrow().reveal())).isEqualTo(200);
        assertThat(server.appCount()).as("bob never authorized the current app, so no registration was needed")
                .isEqualTo(appsBefore);
        assertThat(clientIdsInKeychain()).containsExactly(second).doesNotContain(first);
        actions.revoke(accounts.find(alice.acct()).orElseThrow());
        actions.revoke(accounts.find(bob.acct()).orElseThrow());
        assertThat(clientIdsInKeychain()).as("the current registration stays for reuse").containsExactly(second);
    }

    @Test
    void anAbandonedRotationRestoresTheOldAppAndDeletesTheUnusedNewOne() throws Exception {
        ServerInfo info = flow.discover(server.baseUri().toString());
        SavedAccount alice = accounts.save(login(ScriptedBrowser.alice(), info, Scopes.of("read")), "");
        String oldClient = accounts.registration(alice).orElseThrow().clientId();
        TokenRotation rotation = actions.startRotation(alice);
        try (PendingLogin pending = flow.start(rotation.server(), rotation.scopes(), AuthorizeMode.LOOPBACK, false, "en")) {
            assertThat(pending.request().app().clientId()).as("a fresh app for the rotation").isNotEqualTo(oldClient);
        }

        rotation.abandon();

        assertThat(clientIdsInKeychain()).containsExactly(oldClient);
        try (PendingLogin again = flow.start(info, Scopes.of("read"), AuthorizeMode.LOOPBACK, false, "en")) {
            assertThat(again.request().app().clientId()).as("the old registration is reused again").isEqualTo(oldClient);
        }
    }

    @Test
    void tokensSavedInTheFirstFormatStayRevocableWhenAnotherIsRotated() throws Exception {
        ServerInfo info = flow.discover(server.baseUri().toString());
        SavedAccount alice = accounts.save(login(ScriptedBrowser.alice(), info, Scopes.of("read")), "");
        SavedAccount bob = accounts.save(login(ScriptedBrowser.bob(), info, Scopes.of("read")), "");
        String sharedClient = accounts.registration(alice).orElseThrow().clientId();
        downgradeToFirstFormat();
        SavedAccounts reopened = new SavedAccounts(accounts.store());
        LoginFlow reopenedFlow = new LoginFlow(new Discovery(http), new AppRegistry(http, reopened.appCache()),
                new TokenClient(http), new AccountVerifier(http));
        AccountActions reopenedActions = new AccountActions(reopenedFlow, reopened, new AccountVerifier(http));
        assertThat(reopened.registration(bob).orElseThrow().clientId()).isEqualTo(sharedClient);
        String bobToken = reopened.token(bob.acct()).orElseThrow().reveal();
        String aliceOld = reopened.token(alice.acct()).orElseThrow().reveal();

        TokenRotation rotation = reopenedActions.startRotation(alice);
        TokenRotation.Result result = rotation.complete(login(reopenedFlow, ScriptedBrowser.alice(), rotation.server(), rotation.scopes()));

        assertThat(result.oldTokenRevoked()).isTrue();
        assertThat(serverStatusOf(aliceOld)).isEqualTo(401);
        assertThat(serverStatusOf(bobToken)).isEqualTo(200);
        reopenedActions.revoke(reopened.find(bob.acct()).orElseThrow());
        assertThat(serverStatusOf(bobToken)).isEqualTo(401);
    }

    /** Rewrites the keychain as Mastokey wrote it before registrations had their own items. */
    private void downgradeToFirstFormat() throws KeystoreException {
        SecretStore store = accounts.store();
        for (SecretStore.StoredItem item : store.list(SecretStore.TOKEN_SERVICE)) {
            SecretStore.StoredSecret stored = store.read(item.key()).orElseThrow();
            Map<String, String> attributes = new HashMap<>(stored.attributes());
            assertThat(attributes.remove(AccountItems.APP_CLIENT_ID)).isNotNull();
            store.write(item.key(), item.label(), Secret.of(stored.secret()), attributes);
        }
        List<SecretStore.StoredItem> apps = store.list(SecretStore.APP_SERVICE);
        assertThat(apps).hasSize(1);
        SecretStore.StoredSecret app = store.read(apps.get(0).key()).orElseThrow();
        Map<String, String> attributes = new HashMap<>(app.attributes());
        String keyId = attributes.remove(AccountItems.APP_KEY);
        attributes.remove(AccountItems.CURRENT);
        store.delete(app.key());
        store.write(new SecretStore.SecretKey(SecretStore.APP_SERVICE, keyId), apps.get(0).label(), Secret.of(app.secret()), attributes);
    }

    private List<String> clientIdsInKeychain() throws KeystoreException {
        return accounts.store().list(SecretStore.APP_SERVICE).stream()
                .map(item -> item.attributes().get(AccountItems.CLIENT_ID)).toList();
    }

    private Login login(ScriptedBrowser browser, ServerInfo info, Scopes scopes) throws Exception {
        return login(flow, browser, info, scopes);
    }

    private static Login login(LoginFlow flow, ScriptedBrowser browser, ServerInfo info, Scopes scopes) throws Exception {
        try (PendingLogin pending = flow.start(info, scopes, AuthorizeMode.LOOPBACK, false, "en")) {
            browser.openInBackground(pending.authorizeUri());
            return flow.finish(pending, pending.awaitCallback(Duration.ofSeconds(20)));
        }
    }

    private int serverStatusOf(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/accounts/verify_credentials"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** An in-memory keychain whose delete can be made to fail. */
    private static final class FailingDeleteStore extends ForwardingSecretStore {
        private final AtomicBoolean fail;

        FailingDeleteStore(SecretStore delegate, AtomicBoolean fail) {
            super(delegate);
            this.fail = fail;
        }

        @Override
        public boolean delete(SecretKey key) throws KeystoreException {
            if (fail.get()) {
                throw new KeystoreException(KeystoreException.Reason.LOCKED, "The test keychain is locked.");
            }
            return super.delete(key);
        }
    }
}
