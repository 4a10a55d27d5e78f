package org.mastokey.cli;

import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SecretStores;
import org.mastokey.keystore.SessionOnlyStore;

/**
 * The keychain of this operating system, as {@link SecretStores} picks it. The command line never
 * uses a session-only store: a token saved there would be gone when the command exits.
 */
final class OsKeychain {
    private OsKeychain() {
    }

    static SecretStore open() throws KeystoreException {
        SecretStore store = SecretStores.forCommandLine();
        // instanceof, not status(): asking the keychain for its status would cost `token` a round trip.
        if (store instanceof SessionOnlyStore) {
            throw KeystoreException.unavailable(store.backendName(), "the command line needs a keychain that keeps"
                    + " tokens after it exits; -D" + SecretStores.PROPERTY + "=session keeps them in memory only.");
        }
        return store;
    }
}
