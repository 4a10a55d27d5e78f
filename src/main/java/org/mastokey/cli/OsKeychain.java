package org.mastokey.cli;

import java.util.Locale;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.libsecret.LibsecretStore;

/**
 * The keychain of this operating system. The command line never falls back to a session-only
 * store: a token saved there would be gone when the command exits.
 */
final class OsKeychain {
    private OsKeychain() {
    }

    static SecretStore open() throws KeystoreException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") || os.contains("bsd")) {
            return new LibsecretStore();
        }
        throw KeystoreException.unavailable("keychain", "the command line supports only the Secret Service"
                + " (Linux) in this version of Mastokey.");
    }
}
