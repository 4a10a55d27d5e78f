package org.mastokey.cli;

import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;

/** The keychain of this operating system, as the keystore package picks it. */
final class OsKeychain {
    private OsKeychain() {
    }

    static SecretStore open() throws KeystoreException {
        // Placeholder until the keystore branch's backend factory is merged.
        throw new KeystoreException(KeystoreException.Reason.UNAVAILABLE,
                "No keychain backend is built into this version of Mastokey.");
    }
}
