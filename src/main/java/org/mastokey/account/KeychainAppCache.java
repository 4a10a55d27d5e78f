package org.mastokey.account;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.SecretStore.StoredItem;
import org.mastokey.keystore.SecretStore.StoredSecret;
import org.mastokey.oauth.AppCache;
import org.mastokey.oauth.AppKey;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.net.Secret;

/**
 * App registrations in the keychain, one item per registration (service {@link SecretStore#APP_SERVICE},
 * account {@code server + " " + client_id}, secret = client secret), with an in-memory layer in front.
 * Several registrations may exist for one {@link AppKey}: the one {@link #find} hands out for reuse
 * carries the attribute {@code current=true}; the others are retired (set aside by a rotation) and
 * stay until no saved token names their client id, because revoking a token needs the client
 * credentials of the app that issued it ({@link #findByClientId}).
 *
 * <p>Items of the first format (account = {@link AppKey#id()}, no {@code app_key} attribute) are still
 * read: as the current registration while no item of this format is current for the key, and by
 * client id. Retiring one moves it to this format.
 *
 * <p>{@link AppCache} cannot throw, and a cache miss only costs one more registration, so keychain
 * failures here are remembered ({@link #lastFailure()}) instead of thrown. {@link SavedAccounts#save}
 * writes through {@link #saveOrThrow}, so a saved token never points at a registration that was lost.
 */
public final class KeychainAppCache implements AppCache {
    private final SecretStore store;
    private final Map<AppKey, RegisteredApp> current = new ConcurrentHashMap<>();
    private volatile KeystoreException lastFailure;

    public KeychainAppCache(SecretStore store) {
        this.store = store;
    }

    /** The registration to reuse for this key, if any. */
    @Override
    public Optional<RegisteredApp> find(AppKey key) {
        RegisteredApp cached = current.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            Optional<RegisteredApp> stored = findCurrentOrThrow(key);
            stored.ifPresent(app -> current.put(key, app));
            return stored;
        } catch (KeystoreException e) {
            lastFailure = e;
            return Optional.empty();
        }
    }

    /** The registration with this client id on this server, current or retired. */
    public Optional<RegisteredApp> findByClientId(URI server, String clientId) throws KeystoreException {
        Optional<RegisteredApp> app = read(new SecretKey(SecretStore.APP_SERVICE, itemName(server, clientId)));
        if (app.isPresent()) {
            return app;
        }
        for (StoredItem item : registrations(server)) {
            if (clientId.equals(item.attributes().get(AccountItems.CLIENT_ID))) {
                return read(item.key()).filter(found -> found.clientId().equals(clientId));
            }
        }
        return Optional.empty();
    }

    @Override
    public void save(RegisteredApp app) {
        try {
            saveOrThrow(app);
        } catch (KeystoreException e) {
            lastFailure = e;
        }
    }

    /**
     * Stores the registration as the current one for its key, retiring the one that was current before.
     * Like {@link #save} but says when the keychain refused; the registration stays in memory either way.
     */
    public void saveOrThrow(RegisteredApp app) throws KeystoreException {
        current.put(app.key(), app);
        write(app, true);
        for (StoredItem item : registrations(app.server())) {
            boolean sameApp = app.clientId().equals(item.attributes().get(AccountItems.CLIENT_ID));
            if (isLegacy(item, app.key()) && sameApp) {
                store.delete(item.key());   // now stored in the new format
            } else if (!sameApp && (isCurrent(item, app.key()) || isLegacy(item, app.key()))) {
                retire(item);
            }
        }
    }

    /**
     * Stores a registration that is never handed out for reuse (another tool's, from an import): only the
     * tokens that name its client id find it, to revoke them, and it goes with the last of them.
     */
    public void keepForRevocation(RegisteredApp app) throws KeystoreException {
        if (findByClientId(app.server(), app.clientId()).isEmpty()) {
            write(app, false);
        }
    }

    /** Retires the current registration of this key, so that the next login registers a fresh app. */
    @Override
    public void remove(AppKey key) {
        try {
            removeOrThrow(key);
        } catch (KeystoreException e) {
            lastFailure = e;
        }
    }

    public void removeOrThrow(AppKey key) throws KeystoreException {
        current.remove(key);
        for (StoredItem item : registrations(key.server())) {
            if (isCurrent(item, key) || isLegacy(item, key)) {
                retire(item);
            }
        }
    }

    /**
     * Deletes the retired registrations of this key whose client id is not in {@code inUse}; the current
     * one stays for reuse (Mastodon limits registrations per IP).
     */
    void deleteRetired(AppKey key, Set<String> inUse) throws KeystoreException {
        for (StoredItem item : registrations(key.server())) {
            if (key.id().equals(item.attributes().get(AccountItems.APP_KEY)) && !isCurrent(item, key)
                    && !inUse.contains(item.attributes().get(AccountItems.CLIENT_ID))) {
                store.delete(item.key());
            }
        }
    }

    /** The last keychain failure swallowed by {@link #find}, {@link #save} or {@link #remove}. */
    public Optional<KeystoreException> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** The keychain account name of a registration. */
    public static String itemName(URI server, String clientId) {
        return server + " " + clientId;
    }

    private Optional<RegisteredApp> findCurrentOrThrow(AppKey key) throws KeystoreException {
        List<StoredItem> items = registrations(key.server());
        Optional<StoredItem> newest = items.stream()
                .filter(item -> isCurrent(item, key))
                .max(Comparator.comparing(item -> registeredAt(item.attributes())));
        if (newest.isPresent()) {
            return read(newest.get().key()).filter(app -> app.key().equals(key));
        }
        return read(new SecretKey(SecretStore.APP_SERVICE, key.id())).filter(app -> app.key().equals(key));
    }

    private void retire(StoredItem item) throws KeystoreException {
        Optional<RegisteredApp> app = read(item.key());
        if (app.isPresent()) {
            write(app.get(), false);
            if (!item.key().account().equals(itemName(app.get().server(), app.get().clientId()))) {
                store.delete(item.key());
            }
        }
    }

    private void write(RegisteredApp app, boolean isCurrent) throws KeystoreException {
        Map<String, String> attributes = AccountItems.appAttributes(app);
        attributes.put(AccountItems.APP_KEY, app.key().id());
        if (isCurrent) {
            attributes.put(AccountItems.CURRENT, "true");
        }
        store.write(new SecretKey(SecretStore.APP_SERVICE, itemName(app.server(), app.clientId())),
                AccountItems.appLabel(app.server()), app.clientSecret(), attributes);
    }

    private Optional<RegisteredApp> read(SecretKey key) throws KeystoreException {
        Optional<StoredSecret> item = store.read(key);
        return item.map(stored -> AccountItems.toApp(stored.attributes(), Secret.of(stored.secret())));
    }

    private List<StoredItem> registrations(URI server) throws KeystoreException {
        return store.list(SecretStore.APP_SERVICE).stream()
                .filter(item -> server.toString().equals(item.attributes().get(AccountItems.SERVER)))
                .toList();
    }

    private static boolean isCurrent(StoredItem item, AppKey key) {
        return key.id().equals(item.attributes().get(AccountItems.APP_KEY))
                && "true".equals(item.attributes().get(AccountItems.CURRENT));
    }

    /** An item of the first format: one per key, named by the key, always the current one then. */
    private static boolean isLegacy(StoredItem item, AppKey key) {
        return item.key().account().equals(key.id()) && !item.attributes().containsKey(AccountItems.APP_KEY);
    }

    private static Instant registeredAt(Map<String, String> attributes) {
        Instant at = AccountItems.instant(attributes.get(AccountItems.REGISTERED_AT));
        return at == null ? Instant.EPOCH : at;
    }
}
