package org.mastokey.keystore;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OS keychain, narrowly: items identified by (service, account), each with a label a person
 * sees in the keychain UI, a secret, and non-secret attributes. Implementations never prompt in
 * {@link #status()} and bound every call by a timeout.
 */
public interface SecretStore {
    String TOKEN_SERVICE = "org.mastokey.token";
    String APP_SERVICE = "org.mastokey.app";

    enum Status { AVAILABLE, LOCKED, UNAVAILABLE }

    Status status();

    /** Short name of the backend for messages ("Secret Service", "macOS Keychain", ...). */
    String backendName();

    Optional<StoredSecret> read(SecretKey key) throws KeystoreException;

    /** Creates or replaces the item. Attributes must not contain secrets. */
    void write(SecretKey key, String label, String secret, Map<String, String> attributes) throws KeystoreException;

    /** @return true if an item was deleted */
    boolean delete(SecretKey key) throws KeystoreException;

    /** Keys and attributes of every item of the service; secrets are not read. */
    List<StoredItem> list(String service) throws KeystoreException;

    record SecretKey(String service, String account) {
    }

    record StoredSecret(SecretKey key, String secret, Map<String, String> attributes) {
        public StoredSecret {
            attributes = Map.copyOf(attributes);
        }

        @Override
        public String toString() {
            return "StoredSecret[" + key + ", ****]";
        }
    }

    record StoredItem(SecretKey key, String label, Map<String, String> attributes) {
        public StoredItem {
            attributes = Map.copyOf(attributes);
        }
    }
}
