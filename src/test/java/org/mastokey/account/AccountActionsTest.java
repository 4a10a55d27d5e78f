package org.mastokey.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SessionOnlyStore;
import org.mastokey.net.HttpApi;
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

    private Login login(ScriptedBrowser browser, ServerInfo info, Scopes scopes) throws Exception {
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
    private record FailingDeleteStore(SecretStore delegate, AtomicBoolean fail) implements SecretStore {
        @Override
        public Availability availability() {
            return delegate.availability();
        }

        @Override
        public String backendName() {
            return delegate.backendName();
        }

        @Override
        public Optional<StoredSecret> read(SecretKey key) throws KeystoreException {
            return delegate.read(key);
        }

        @Override
        public void write(SecretKey key, String label, String secret, Map<String, String> attributes) throws KeystoreException {
            delegate.write(key, label, secret, attributes);
        }

        @Override
        public boolean delete(SecretKey key) throws KeystoreException {
            if (fail.get()) {
                throw new KeystoreException(KeystoreException.Reason.LOCKED, "The test keychain is locked.");
            }
            return delegate.delete(key);
        }

        @Override
        public List<StoredItem> list(String service) throws KeystoreException {
            return delegate.list(service);
        }
    }
}
