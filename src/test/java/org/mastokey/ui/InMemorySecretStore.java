package org.mastokey.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.net.Secret;

/** A keychain double for UI tests: a map, with a status the test chooses. */
public final class InMemorySecretStore implements SecretStore {
    private final Status status;
    private final Map<SecretKey, StoredSecret> items = new ConcurrentHashMap<>();
    private final Map<SecretKey, String> labels = new ConcurrentHashMap<>();

    public InMemorySecretStore(Status status) {
        this.status = status;
    }

    @Override
    public Availability availability() {
        return new Availability(status, status == Status.AVAILABLE ? "ok" : "No keychain in this test.");
    }

    @Override
    public String backendName() {
        return "Test keychain";
    }

    private volatile org.mastokey.keystore.KeychainKind kind = org.mastokey.keystore.KeychainKind.UNNAMED;

    /** Lets the store say it is, say, KeePassXC, for texts that name the keychain. */
    public InMemorySecretStore namedAs(org.mastokey.keystore.KeychainKind as) {
        kind = as;
        return this;
    }

    @Override
    public org.mastokey.keystore.KeychainKind kind() {
        return kind;
    }

    @Override
    public Optional<StoredSecret> read(SecretKey key) throws KeystoreException {
        check();
        return Optional.ofNullable(items.get(key));
    }

    @Override
    public void write(SecretKey key, String label, Secret secret, Map<String, String> attributes) throws KeystoreException {
        check();
        items.put(key, new StoredSecret(key, secret.reveal(), attributes));
        labels.put(key, label);
    }

    @Override
    public boolean delete(SecretKey key) throws KeystoreException {
        check();
        labels.remove(key);
        return items.remove(key) != null;
    }

    @Override
    public List<StoredItem> list(String service) throws KeystoreException {
        check();
        List<StoredItem> result = new ArrayList<>();
        items.forEach((key, item) -> {
            if (key.service().equals(service)) {
                result.add(new StoredItem(key, labels.get(key), item.attributes()));
            }
        });
        return result;
    }

    private void check() throws KeystoreException {
        if (!status.isUsable()) {
            throw new KeystoreException(status == Status.LOCKED ? KeystoreException.Reason.LOCKED : KeystoreException.Reason.UNAVAILABLE,
                    "No keychain in this test.");
        }
    }
}
