package org.mastokey.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;

/** Chooses the OS keychain backend. Until the keystore backends exist, it reports the keychain unavailable. */
final class Keychains {
    private Keychains() {
    }

    static SecretStore systemDefault() {
        return new Unavailable();
    }

    /** No keychain: every call fails with UNAVAILABLE; the wizard then offers copying only. */
    static final class Unavailable implements SecretStore {
        @Override
        public Status status() {
            return Status.UNAVAILABLE;
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
