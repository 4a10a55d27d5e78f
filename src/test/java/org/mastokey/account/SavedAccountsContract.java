package org.mastokey.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.Scopes;
import org.mastokey.net.Secret;
import org.mastokey.server.ServerInfo;

/** What {@link SavedAccounts} does on any store; subclasses add checks specific to their keychain. */
abstract class SavedAccountsContract {
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final URI server = URI.create("https://" + run + ".mastodon.test");
    final List<String> savedAccts = new ArrayList<>();
    final List<RegisteredApp> savedApps = new ArrayList<>();

    abstract SecretStore store();

    SavedAccounts accounts() {
        return new SavedAccounts(store(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    RegisteredApp app() {
        return app("", Instant.parse("2026-11-20T10:00:00Z"));
    }

    RegisteredApp app(String suffix, Instant registeredAt) {
        RegisteredApp app = new RegisteredApp(server, "client-id-" + run + suffix, Secret.of("client-secret-" + run + suffix),
                List.of("http://127.0.0.1/callback", "urn:ietf:wg:oauth:2.0:oob"), Scopes.of("read", "write:statuses"),
                registeredAt);
        savedApps.add(app);
        return app;
    }

    Login login(String user, String token) {
        return login(user, token, app());
    }

    Login login(String user, String token, RegisteredApp app) {
        String acct = user + "-" + run + "@" + server.getHost();
        savedAccts.add(acct);
        VerifiedAccount account = new VerifiedAccount("109" + run.hashCode(), acct, "Alice \u2603", URI.create(server + "/avatar.png"),
                URI.create(server + "/@" + user), server, Scopes.of("read"));
        ServerInfo info = new ServerInfo(null, server, server.getHost(), "Test server", "", null, null, null, null);
        return new Login(info, app, new AccessToken(Secret.of(token), "Bearer", Scopes.of("read", "write:statuses"),
                Instant.parse("2026-11-23T07:59:00Z")), account);
    }

    @AfterEach
    void deleteWhatTheTestSaved() throws KeystoreException {
        for (String acct : savedAccts) {
            store().delete(new SecretStore.SecretKey(SecretStore.TOKEN_SERVICE, acct));
        }
        for (RegisteredApp app : savedApps) {
            store().delete(new SecretStore.SecretKey(SecretStore.APP_SERVICE, app.key().id()));
            store().delete(new SecretStore.SecretKey(SecretStore.APP_SERVICE, KeychainAppCache.itemName(server, app.clientId())));
        }
    }

    @Test
    void savedAccountCanBeFoundListedAndItsTokenRead() throws KeystoreException {
        Login login = login("alice", "token-alice-" + run);

        SavedAccount saved = accounts().save(login, "for my backup script");

        SavedAccount expected = new SavedAccount(login.account().acct(), server, "Alice \u2603",
                URI.create(server + "/avatar.png"), Scopes.of("read", "write:statuses"), NOW, login.app().key(),
                "for my backup script");
        assertThat(saved).isEqualTo(expected);
        assertThat(accounts().find(saved.acct())).contains(expected);
        assertThat(accounts().list()).contains(expected);
        assertThat(accounts().token(saved.acct())).contains(Secret.of("token-alice-" + run));
        assertThat(accounts().registration(saved)).hasValueSatisfying(app -> {
            assertThat(app.clientId()).isEqualTo("client-id-" + run);
            assertThat(app.clientSecret()).isEqualTo(Secret.of("client-secret-" + run));
        });
    }

    @Test
    void noSecretEndsUpInAnAttributeOrLabel() throws KeystoreException {
        accounts().save(login("bob", "token-bob-" + run), "note");

        List<SecretStore.StoredItem> items = new ArrayList<>(store().list(SecretStore.TOKEN_SERVICE));
        items.addAll(store().list(SecretStore.APP_SERVICE));
        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(item.label()).doesNotContain("token-bob").doesNotContain("client-secret");
            assertThat(item.attributes().values()).noneMatch(v -> v.contains("token-bob") || v.contains("client-secret"));
        });
    }

    @Test
    void tokenItemIsLabelledForPeopleAndCarriesItsMetadata() throws KeystoreException {
        SavedAccount saved = accounts().save(login("carol", "token-carol-" + run), "");

        SecretStore.StoredItem item = store().list(SecretStore.TOKEN_SERVICE).stream()
                .filter(i -> i.key().account().equals(saved.acct())).findFirst().orElseThrow();
        assertThat(item.label()).isEqualTo("Access token for " + saved.acct() + " (Mastokey)"); // the fixture names no server software
        assertThat(item.attributes()).containsEntry("server", server.toString())
                .containsEntry("acct", saved.acct())
                .containsEntry("scopes", "read write:statuses")
                .containsEntry("created_at", "2026-11-23T07:59:00Z")
                .containsEntry("app_server", server.toString())
                .containsEntry("app_client_id", "client-id-" + run)
                .doesNotContainKey("note");
        SecretStore.StoredItem app = store().list(SecretStore.APP_SERVICE).stream()
                .filter(i -> i.key().account().equals(server + " client-id-" + run)).findFirst().orElseThrow();
        assertThat(app.attributes()).containsEntry("client_id", "client-id-" + run)
                .containsEntry("app_key", saved.appKey().id())
                .containsEntry("current", "true");
    }

    @Test
    void aTokenFindsTheAppThatIssuedItAfterAnotherBecameCurrent() throws KeystoreException {
        RegisteredApp first = app("-1", Instant.parse("2026-11-20T10:00:00Z"));
        SavedAccount grace = accounts().save(login("grace", "token-grace-" + run, first), "");
        RegisteredApp second = app("-2", Instant.parse("2026-11-21T10:00:00Z"));
        SavedAccount heidi = accounts().save(login("heidi", "token-heidi-" + run, second), "");
        assertThat(second.key()).isEqualTo(first.key());

        assertThat(accounts().registration(grace).orElseThrow().clientSecret()).isEqualTo(first.clientSecret());
        assertThat(accounts().registration(heidi).orElseThrow().clientSecret()).isEqualTo(second.clientSecret());
        assertThat(new KeychainAppCache(store()).find(first.key()).orElseThrow().clientId())
                .as("the newest registration is the one to reuse").isEqualTo(second.clientId());
        assertThat(store().list(SecretStore.APP_SERVICE)).filteredOn(i -> first.key().id().equals(i.attributes().get("app_key")))
                .hasSize(2).filteredOn(i -> "true".equals(i.attributes().get("current"))).hasSize(1);

        accounts().remove(grace.acct());
        accounts().deleteUnusedRegistrations(first.key());
        assertThat(new KeychainAppCache(store()).findByClientId(server, first.clientId())).as("retired, unused").isEmpty();
        assertThat(accounts().registration(heidi)).isPresent();
        accounts().remove(heidi.acct());
        accounts().deleteUnusedRegistrations(first.key());
        assertThat(new KeychainAppCache(store()).find(first.key())).as("the current one stays for reuse").isPresent();
    }

    @Test
    void itemsOfTheFirstFormatAreStillFound() throws KeystoreException {
        SavedAccount saved = accounts().save(login("ivan", "token-ivan-" + run), "");
        RegisteredApp app = accounts().registration(saved).orElseThrow();
        // as written before registrations had one item each: the app under its key id, no client id on the token
        SecretStore.SecretKey appItem = new SecretStore.SecretKey(SecretStore.APP_SERVICE, KeychainAppCache.itemName(server, app.clientId()));
        SecretStore.StoredSecret stored = store().read(appItem).orElseThrow();
        Map<String, String> appAttributes = new HashMap<>(stored.attributes());
        appAttributes.remove("app_key");
        appAttributes.remove("current");
        store().delete(appItem);
        store().write(new SecretStore.SecretKey(SecretStore.APP_SERVICE, app.key().id()), "old", Secret.of(stored.secret()), appAttributes);
        SecretStore.SecretKey tokenItem = new SecretStore.SecretKey(SecretStore.TOKEN_SERVICE, saved.acct());
        SecretStore.StoredSecret token = store().read(tokenItem).orElseThrow();
        Map<String, String> tokenAttributes = new HashMap<>(token.attributes());
        tokenAttributes.remove("app_client_id");
        store().write(tokenItem, "old", Secret.of(token.secret()), tokenAttributes);

        assertThat(accounts().registration(saved).orElseThrow().clientSecret()).isEqualTo(app.clientSecret());
        assertThat(new KeychainAppCache(store()).find(app.key()).orElseThrow().clientId()).isEqualTo(app.clientId());
        assertThat(new KeychainAppCache(store()).findByClientId(server, app.clientId())).isPresent();

        KeychainAppCache cache = new KeychainAppCache(store());
        cache.remove(app.key());
        assertThat(cache.lastFailure()).isEmpty();
        assertThat(cache.find(app.key())).as("retired").isEmpty();
        assertThat(store().read(new SecretStore.SecretKey(SecretStore.APP_SERVICE, app.key().id()))).as("moved").isEmpty();
        assertThat(cache.findByClientId(server, app.clientId()).orElseThrow().clientSecret()).isEqualTo(app.clientSecret());
    }

    @Test
    void noteCanBeChangedAndCleared() throws KeystoreException {
        SavedAccount saved = accounts().save(login("erin", "token-erin-" + run), "first");

        assertThat(accounts().setNote(saved.acct(), "second").orElseThrow().note()).isEqualTo("second");
        assertThat(accounts().find(saved.acct()).orElseThrow().note()).isEqualTo("second");
        assertThat(accounts().setNote(saved.acct(), "").orElseThrow().note()).isEmpty();
        assertThat(accounts().token(saved.acct())).contains(Secret.of("token-erin-" + run));
    }

    @Test
    void removeDeletesTheLocalTokenButKeepsTheRegistration() throws KeystoreException {
        SavedAccount saved = accounts().save(login("frank", "token-frank-" + run), "");

        assertThat(accounts().remove(saved.acct())).isTrue();
        assertThat(accounts().find(saved.acct())).isEmpty();
        assertThat(accounts().token(saved.acct())).isEmpty();
        assertThat(accounts().remove(saved.acct())).isFalse();
        assertThat(accounts().appCache().find(saved.appKey())).isPresent();
    }

    @Test
    void appCacheFindsRegistrationsSavedByAnotherInstance() throws KeystoreException {
        RegisteredApp app = app();
        accounts().appCache().save(app);

        KeychainAppCache fresh = new KeychainAppCache(store());
        assertThat(fresh.find(app.key())).hasValueSatisfying(found -> {
            assertThat(found.clientId()).isEqualTo(app.clientId());
            assertThat(found.clientSecret()).isEqualTo(app.clientSecret());
            assertThat(found.key()).isEqualTo(app.key());
            assertThat(found.registeredAt()).isEqualTo(app.registeredAt());
        });
        assertThat(fresh.lastFailure()).isEmpty();

        fresh.remove(app.key());
        assertThat(new KeychainAppCache(store()).find(app.key())).isEmpty();
        assertThat(fresh.findByClientId(server, app.clientId())).as("retired, not deleted").isPresent();
    }
}
