package org.mastokey.keystore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mastokey.net.Secret;

/** Stands in when no backend fits this system: says why, and fails every call with {@code UNAVAILABLE}. */
public final class UnavailableStore implements SecretStore {
    private final String backend;
    private final String why;

    public UnavailableStore(String backend, String why) {
        this.backend = backend;
        this.why = why;
    }

    @Override
    public Availability availability() {
        return new Availability(Status.UNAVAILABLE, failure().getMessage());
    }

    @Override
    public String backendName() {
        return backend;
    }

    @Override
    public KeychainKind kind() {
        return KeychainKind.NONE;
    }

    @Override
    public Optional<StoredSecret> read(SecretKey key) throws KeystoreException {
        throw failure();
    }

    @Override
    public void write(SecretKey key, String label, Secret secret, Map<String, String> attributes) throws KeystoreException {
        throw failure();
    }

    @Override
    public boolean delete(SecretKey key) throws KeystoreException {
        throw failure();
    }

    @Override
    public List<StoredItem> list(String service) throws KeystoreException {
        throw failure();
    }

    private KeystoreException failure() {
        return KeystoreException.unavailable(backend, why);
    }
}
