package org.mastokey.account;

import java.util.List;
import java.util.Optional;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.oauth.AppCache;
import org.mastokey.oauth.Secret;

/**
 * Saved tokens and app registrations, kept in the OS keychain: tokens under
 * {@link SecretStore#TOKEN_SERVICE} keyed by {@code user@domain}, registrations under
 * {@link SecretStore#APP_SERVICE}.
 */
public final class SavedAccounts {
    private final SecretStore store;

    public SavedAccounts(SecretStore store) {
        this.store = store;
    }

    public SecretStore store() {
        return store;
    }

    public SavedAccount save(Login login, String note) throws KeystoreException {
        throw new UnsupportedOperationException("TODO: issue 3");
    }

    public List<SavedAccount> list() throws KeystoreException {
        throw new UnsupportedOperationException("TODO: issue 3");
    }

    public Optional<SavedAccount> find(String acct) throws KeystoreException {
        throw new UnsupportedOperationException("TODO: issue 3");
    }

    public Optional<Secret> token(String acct) throws KeystoreException {
        throw new UnsupportedOperationException("TODO: issue 3");
    }

    /** Deletes the local copy only; the token stays valid on the server. */
    public boolean remove(String acct) throws KeystoreException {
        throw new UnsupportedOperationException("TODO: issue 3");
    }

    /** App registrations, persisted in the keychain, for {@link org.mastokey.oauth.AppRegistry}. */
    public AppCache appCache() {
        throw new UnsupportedOperationException("TODO: issue 3");
    }
}
