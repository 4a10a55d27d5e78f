package org.mastokey.keystore;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mastokey.net.Secret;

/** A test double that passes every call to another store; override the calls a test watches or breaks. */
public abstract class ForwardingSecretStore implements SecretStore {
    private final SecretStore delegate;

    protected ForwardingSecretStore(SecretStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public Availability availability() {
        return delegate.availability();
    }

    @Override
    public boolean unlock(Duration patience) throws KeystoreException {
        return delegate.unlock(patience);
    }

    @Override
    public String backendName() {
        return delegate.backendName();
    }

    @Override
    public Optional<StoredSecret> read(SecretKey key) throws KeystoreException {
        return delegate.read(key);
    }

    @Override
    public void write(SecretKey key, String label, Secret secret, Map<String, String> attributes) throws KeystoreException {
        delegate.write(key, label, secret, attributes);
    }

    @Override
    public boolean delete(SecretKey key) throws KeystoreException {
        return delegate.delete(key);
    }

    @Override
    public List<StoredItem> list(String service) throws KeystoreException {
        return delegate.list(service);
    }
}
