package org.mastokey.account;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.SecretStore.StoredItem;
import org.mastokey.keystore.SecretStore.StoredSecret;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.AppKey;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.net.Secret;
import org.mastokey.server.ServerInfo;
import org.mastokey.server.ServerOrigin;

/**
 * Saved tokens and app registrations, kept in the OS keychain: tokens under
 * {@link SecretStore#TOKEN_SERVICE} keyed by {@code user@domain}, registrations under
 * {@link SecretStore#APP_SERVICE} (see {@link KeychainAppCache}). The token item names the app that
 * issued it ({@code app_client_id}) and what that app is reused for ({@code app_server},
 * {@code app_redirect_uris}, {@code app_scopes}), so that revoke finds the client credentials even
 * after a rotation made another registration the current one for the same key.
 */
public final class SavedAccounts {
    private final SecretStore store;
    private final Clock clock;
    private final KeychainAppCache appCache;

    public SavedAccounts(SecretStore store) {
        this(store, Clock.systemUTC());
    }

    public SavedAccounts(SecretStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.appCache = new KeychainAppCache(store);
    }

    public SecretStore store() {
        return store;
    }

    /** The keychain these accounts live in, for a face to name in its language. */
    public org.mastokey.keystore.KeychainKind keychainKind() {
        return store.kind();
    }

    /** Blocking: asks the keychain how it is (a Secret Service then knows which program answers), then names it. */
    public org.mastokey.keystore.KeychainKind identifyKeychain() {
        store.status();
        return store.kind();
    }

    /** What a save did: the account as saved, and whether it replaced another (still valid) token of it. */
    public record SaveResult(SavedAccount account, boolean replacedAnotherToken) {
    }

    /** Saves (or replaces) the token and the registration it belongs to; refuses an account of another server. */
    public SavedAccount save(Login login, String note) throws KeystoreException {
        return save(login, note, false).account();
    }

    /**
     * Saves the token under its account, bound to the origin the login talked to. An item of that name
     * that belongs to another server is replaced only when {@code replaceOtherServer} says so.
     *
     * @throws ServerCollision the account name is saved for another server
     */
    public SaveResult save(Login login, String note, boolean replaceOtherServer) throws KeystoreException {
        return save(login.server(), login.account(), login.token(), login.app(), true, note, replaceOtherServer);
    }

    /**
     * Saves a token that another tool obtained ({@code mastokey import}), bound to the origin it was
     * verified at. {@code app}, the other tool's registration when its file had one, is kept for revoking
     * this token only: it is never made the registration that later logins reuse. Another server's
     * account of the same name is never replaced.
     *
     * @throws ServerCollision the account name is saved for another server
     */
    public SaveResult saveImported(ServerInfo server, VerifiedAccount verified, AccessToken token, Optional<RegisteredApp> app,
                                   String note) throws KeystoreException {
        return save(server, verified, token, app.orElse(null), false, note, false);
    }

    private SaveResult save(ServerInfo server, VerifiedAccount verified, AccessToken token, RegisteredApp app,
                            boolean reuseApp, String note, boolean replaceOtherServer) throws KeystoreException {
        ServerOrigin origin = server.origin();
        SavedAccount account = new SavedAccount(verified.acct(), origin.uri(), verified.displayName(), verified.avatar(),
                token.scopes(), clock.instant(), app == null ? null : app.key(), note == null ? "" : note);
        Instant createdAt = token.createdAt() != null ? token.createdAt() : clock.instant();
        try (SaveLock lock = SaveLock.acquire()) {
            Optional<StoredSecret> existing = store.read(tokenKey(account.acct()));
            if (existing.isPresent() && !replaceOtherServer) {
                Optional<ServerOrigin> savedFor = ServerOrigin.parse(existing.get().attributes().get(AccountItems.SERVER));
                if (savedFor.isEmpty() || !savedFor.get().equals(origin)) {
                    throw new ServerCollision(account.acct(), savedFor.orElse(null), origin);
                }
            }
            if (app != null && reuseApp) {
                appCache.saveOrThrow(app);
            } else if (app != null) {
                appCache.keepForRevocation(app);
            }
            Map<String, String> attributes = new HashMap<>(AccountItems.tokenAttributes(account, verified.id(), createdAt,
                    app == null ? null : app.clientId()));
            String software = server.software() == null ? null : server.software().name();
            if (software != null) {
                attributes.put(AccountItems.SOFTWARE, software);
            }
            store.write(tokenKey(account.acct()), AccountItems.tokenLabel(account.acct(), software),
                    token.value(), attributes);
            boolean replaced = existing.isPresent() && !Secret.of(existing.get().secret()).equals(token.value());
            return new SaveResult(account, replaced);
        }
    }

    /**
     * The saved account (of this origin) whose token is exactly this one, if any: servers that reuse
     * tokens hand a saved token out again, and revoking it then would break the saved copy. A keychain
     * that cannot be read counts as holding none.
     */
    public Optional<String> accountHolding(ServerOrigin origin, Secret token) {
        try {
            for (StoredItem item : store.list(SecretStore.TOKEN_SERVICE)) {
                Optional<ServerOrigin> server = ServerOrigin.parse(item.attributes().get(AccountItems.SERVER));
                if (server.isPresent() && server.get().equals(origin)) {
                    Optional<StoredSecret> stored = store.read(item.key());
                    if (stored.isPresent() && Secret.of(stored.get().secret()).equals(token)) {
                        return Optional.of(item.key().account());
                    }
                }
            }
        } catch (KeystoreException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Checks, before the person is sent to the browser, what {@link #save} will need: the keychain takes
     * new items and the saved tokens and registrations can be read (one of them is read and replaced).
     */
    public void checkReadyToSave() throws KeystoreException {
        store.checkReadyToSave(List.of(SecretStore.TOKEN_SERVICE, SecretStore.APP_SERVICE));
    }

    /** Every saved account, sorted by acct; secrets are not read (works on a locked GNOME keyring). */
    public List<SavedAccount> list() throws KeystoreException {
        List<SavedAccount> accounts = new ArrayList<>();
        for (StoredItem item : store.list(SecretStore.TOKEN_SERVICE)) {
            accounts.add(AccountItems.toAccount(item.key().account(), item.attributes()));
        }
        return accounts;
    }

    public Optional<SavedAccount> find(String acct) throws KeystoreException {
        return store.list(SecretStore.TOKEN_SERVICE).stream()
                .filter(item -> item.key().account().equals(acct))
                .findFirst()
                .map(item -> AccountItems.toAccount(acct, item.attributes()));
    }

    public Optional<Secret> token(String acct) throws KeystoreException {
        return store.read(tokenKey(acct)).map(stored -> Secret.of(stored.secret()));
    }

    /**
     * The registration the account's token was issued to (client id and secret), for revoke: found by
     * the client id on the token item; for items saved before that was recorded, the current
     * registration of the account's {@link org.mastokey.oauth.AppKey}.
     */
    public Optional<RegisteredApp> registration(SavedAccount account) throws KeystoreException {
        Optional<StoredItem> item = tokenItem(account.acct());
        String clientId = item.map(i -> i.attributes().get(AccountItems.APP_CLIENT_ID)).orElse(null);
        if (clientId != null && account.appKey() != null) {
            return appCache.findByClientId(account.appKey().server(), clientId);
        }
        return account.appKey() == null ? Optional.empty() : appCache.find(account.appKey());
    }

    /**
     * Stops handing out the account's registration for reuse if it is the current one for its key, so
     * that the next authorization registers a fresh app (rotation). Saved tokens issued by it keep
     * finding it: tokens saved before the client id was recorded get it recorded first.
     *
     * @return whether the registration was current (and is now retired)
     */
    boolean retire(SavedAccount account, RegisteredApp app) throws KeystoreException {
        if (appCache.find(app.key()).filter(c -> c.clientId().equals(app.clientId())).isEmpty()) {
            return false;
        }
        for (StoredItem item : store.list(SecretStore.TOKEN_SERVICE)) {
            SavedAccount other = AccountItems.toAccount(item.key().account(), item.attributes());
            if (app.key().equals(other.appKey()) && !item.attributes().containsKey(AccountItems.APP_CLIENT_ID)) {
                recordClientId(item.key().account(), app.clientId());
            }
        }
        appCache.removeOrThrow(app.key());
        return true;
    }

    /**
     * Deletes retired registrations of this key that no saved token was issued by any more; the current
     * one stays for reuse. Best effort: a registration left behind costs nothing but an item.
     */
    void deleteUnusedRegistrations(AppKey key) {
        if (key == null) {
            return;
        }
        try {
            Set<String> inUse = new HashSet<>();
            for (StoredItem item : store.list(SecretStore.TOKEN_SERVICE)) {
                String clientId = item.attributes().get(AccountItems.APP_CLIENT_ID);
                if (clientId != null) {
                    inUse.add(clientId);
                }
            }
            appCache.deleteRetired(key, inUse);
        } catch (KeystoreException e) {
            // left for the next revoke or rotation of this key
        }
    }

    /** @return the updated account, or empty if {@code acct} is not saved */
    public Optional<SavedAccount> setNote(String acct, String note) throws KeystoreException {
        return rewriteAttributes(acct, attributes -> {
            if (note == null || note.isBlank()) {
                attributes.remove(AccountItems.NOTE);
            } else {
                attributes.put(AccountItems.NOTE, note);
            }
        });
    }

    /** Deletes the local copy only; the token stays valid on the server. */
    public boolean remove(String acct) throws KeystoreException {
        return store.delete(tokenKey(acct));
    }

    /** App registrations, persisted in the keychain, for {@link org.mastokey.oauth.AppRegistry}. */
    public KeychainAppCache appCache() {
        return appCache;
    }

    private Optional<StoredItem> tokenItem(String acct) throws KeystoreException {
        return store.list(SecretStore.TOKEN_SERVICE).stream()
                .filter(item -> item.key().account().equals(acct))
                .findFirst();
    }

    private void recordClientId(String acct, String clientId) throws KeystoreException {
        rewriteAttributes(acct, attributes -> attributes.put(AccountItems.APP_CLIENT_ID, clientId));
    }

    /** Changes the non-secret attributes of a saved token, keeping the token itself. */
    private Optional<SavedAccount> rewriteAttributes(String acct, Consumer<Map<String, String>> change)
            throws KeystoreException {
        Optional<StoredSecret> stored = store.read(tokenKey(acct));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> attributes = new HashMap<>(stored.get().attributes());
        change.accept(attributes);
        store.write(tokenKey(acct), AccountItems.tokenLabel(acct, attributes.get(AccountItems.SOFTWARE)),
                Secret.of(stored.get().secret()), attributes);
        return Optional.of(AccountItems.toAccount(acct, attributes));
    }

    private static SecretKey tokenKey(String acct) {
        return new SecretKey(SecretStore.TOKEN_SERVICE, acct);
    }
}
