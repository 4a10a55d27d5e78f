package org.mastokey.account;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.SecretStore.StoredItem;
import org.mastokey.keystore.SecretStore.StoredSecret;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.AppCache;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.Secret;

/**
 * Saved tokens and app registrations, kept in the OS keychain: tokens under
 * {@link SecretStore#TOKEN_SERVICE} keyed by {@code user@domain}, registrations under
 * {@link SecretStore#APP_SERVICE} keyed by {@link org.mastokey.oauth.AppKey#id()}. The token item
 * names its registration (attributes {@code app_server}, {@code app_redirect_uris},
 * {@code app_scopes}) so that revoke can find the client credentials.
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

    /** Saves (or replaces) the token and the registration it belongs to. */
    public SavedAccount save(Login login, String note) throws KeystoreException {
        appCache.saveOrThrow(login.app());
        VerifiedAccount verified = login.account();
        URI server = verified.server() != null ? verified.server() : login.server().apiBase();
        SavedAccount account = new SavedAccount(verified.acct(), server, verified.displayName(), verified.avatar(),
                login.token().scopes(), clock.instant(), login.app().key(), note == null ? "" : note);
        Instant createdAt = login.token().createdAt() != null ? login.token().createdAt() : clock.instant();
        store.write(tokenKey(account.acct()), AccountItems.tokenLabel(account.acct()), login.token().value().reveal(),
                AccountItems.tokenAttributes(account, verified.id(), createdAt));
        return account;
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

    /** The registration the account's token was issued to (client id and secret), for revoke. */
    public Optional<RegisteredApp> registration(SavedAccount account) {
        return account.appKey() == null ? Optional.empty() : appCache.find(account.appKey());
    }

    /**
     * Swaps in a new token (after {@code rotate}), keeping note and profile data.
     *
     * @return the updated account, or empty if {@code acct} is not saved
     */
    public Optional<SavedAccount> update(String acct, AccessToken newToken) throws KeystoreException {
        Optional<StoredSecret> stored = store.read(tokenKey(acct));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> attributes = new HashMap<>(stored.get().attributes());
        attributes.put(AccountItems.SCOPES, newToken.scopes().asParameter());
        Instant createdAt = newToken.createdAt() != null ? newToken.createdAt() : clock.instant();
        attributes.put(AccountItems.CREATED_AT, createdAt.toString());
        attributes.put(AccountItems.SAVED_AT, clock.instant().toString());
        store.write(tokenKey(acct), AccountItems.tokenLabel(acct), newToken.value().reveal(), attributes);
        return Optional.of(AccountItems.toAccount(acct, attributes));
    }

    /** @return the updated account, or empty if {@code acct} is not saved */
    public Optional<SavedAccount> setNote(String acct, String note) throws KeystoreException {
        Optional<StoredSecret> stored = store.read(tokenKey(acct));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> attributes = new HashMap<>(stored.get().attributes());
        if (note == null || note.isBlank()) {
            attributes.remove(AccountItems.NOTE);
        } else {
            attributes.put(AccountItems.NOTE, note);
        }
        store.write(tokenKey(acct), AccountItems.tokenLabel(acct), stored.get().secret(), attributes);
        return Optional.of(AccountItems.toAccount(acct, attributes));
    }

    /** Deletes the local copy only; the token stays valid on the server. */
    public boolean remove(String acct) throws KeystoreException {
        return store.delete(tokenKey(acct));
    }

    /** App registrations, persisted in the keychain, for {@link org.mastokey.oauth.AppRegistry}. */
    public AppCache appCache() {
        return appCache;
    }

    private static SecretKey tokenKey(String acct) {
        return new SecretKey(SecretStore.TOKEN_SERVICE, acct);
    }
}
