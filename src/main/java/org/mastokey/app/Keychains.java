package org.mastokey.app;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.libsecret.LibsecretStore;

/** Chooses the OS keychain backend for this system. */
final class Keychains {
    private Keychains() {
    }

    static SecretStore systemDefault() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.contains("linux") || os.contains("bsd") ? new LibsecretStore() : new Unavailable();
    }

    /** No backend for this OS yet: every call fails with UNAVAILABLE; the wizard then offers copying only. */
    static final class Unavailable implements SecretStore {
        @Override
        public Availability availability() {
            return new Availability(Status.UNAVAILABLE, "Mastokey has no keychain backend for this system yet.");
        }

        @Override
        public String backendName() {
            return "no keychain";
        }

        @Override
        public Optional<StoredSecret> read(SecretKey key) throws KeystoreException {
            throw unavailable();
        }

        @Override
        public void write(SecretKey key, String label, String secret, Map<String, String> attributes) throws KeystoreException {
            throw unavailable();
        }

        @Override
        public boolean delete(SecretKey key) throws KeystoreException {
            throw unavailable();
        }

        @Override
        public List<StoredItem> list(String service) throws KeystoreException {
            throw unavailable();
        }

        private static KeystoreException unavailable() {
            return new KeystoreException(KeystoreException.Reason.UNAVAILABLE, "No keychain is available.");
        }
    }
}
