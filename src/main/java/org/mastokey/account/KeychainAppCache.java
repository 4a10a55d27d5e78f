package org.mastokey.account;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.oauth.AppCache;
import org.mastokey.oauth.AppKey;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.Secret;

/**
 * App registrations in the keychain (service {@link SecretStore#APP_SERVICE}, account
 * {@link AppKey#id()}, secret = client secret), with an in-memory layer in front.
 *
 * <p>{@link AppCache} cannot throw, and a cache miss only costs one more registration, so keychain
 * failures here are remembered ({@link #lastFailure()}) instead of thrown. {@link SavedAccounts#save}
 * writes through {@link #saveOrThrow}, so a saved token never points at a registration that was lost.
 */
public final class KeychainAppCache implements AppCache {
    private final SecretStore store;
    private final Map<AppKey, RegisteredApp> memory = new ConcurrentHashMap<>();
    private volatile KeystoreException lastFailure;

    public KeychainAppCache(SecretStore store) {
        this.store = store;
    }

    @Override
    public Optional<RegisteredApp> find(AppKey key) {
        RegisteredApp cached = memory.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            Optional<RegisteredApp> stored = store.read(itemKey(key))
                    .map(item -> AccountItems.toApp(item.attributes(), Secret.of(item.secret())))
                    .filter(app -> app.key().equals(key));
            stored.ifPresent(app -> memory.put(key, app));
            return stored;
        } catch (KeystoreException e) {
            lastFailure = e;
            return Optional.empty();
        }
    }

    @Override
    public void save(RegisteredApp app) {
        try {
            saveOrThrow(app);
        } catch (KeystoreException e) {
            lastFailure = e;
        }
    }

    /** Like {@link #save} but says when the keychain refused; the registration stays in memory either way. */
    public void saveOrThrow(RegisteredApp app) throws KeystoreException {
        memory.put(app.key(), app);
        store.write(itemKey(app.key()), AccountItems.appLabel(app.server()), app.clientSecret().reveal(),
                AccountItems.appAttributes(app));
    }

    @Override
    public void remove(AppKey key) {
        memory.remove(key);
        try {
            store.delete(itemKey(key));
        } catch (KeystoreException e) {
            lastFailure = e;
        }
    }

    /** The last keychain failure swallowed by {@link #find}, {@link #save} or {@link #remove}. */
    public Optional<KeystoreException> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    private static SecretKey itemKey(AppKey key) {
        return new SecretKey(SecretStore.APP_SERVICE, key.id());
    }
}
