package org.mastokey.keystore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mastokey.net.Secret;

/**
 * The knowing fallback when no keychain can be used: items live in this process's memory only and
 * are gone when Mastokey quits. Never writes anything to disk. The UI/CLI must say so
 * ({@link Status#SESSION_ONLY}) so nobody believes a token was saved.
 */
public final class SessionOnlyStore implements SecretStore {
    private record Item(String label, String secret, Map<String, String> attributes) {
    }

    private final Map<SecretKey, Item> items = new ConcurrentHashMap<>();
    private final String reasonNoKeychain;

    /** @param reasonNoKeychain why the OS keychain is not used, shown with the status */
    public SessionOnlyStore(String reasonNoKeychain) {
        this.reasonNoKeychain = reasonNoKeychain;
    }

    public SessionOnlyStore() {
        this("no keychain was chosen.");
    }

    @Override
    public Availability availability() {
        return new Availability(Status.SESSION_ONLY, "Tokens are kept only until Mastokey quits, not saved ("
                + reasonNoKeychain + "). Copy a token if you need it later.");
    }

    @Override
    public String backendName() {
        return "Session-only memory";
    }

    @Override
    public KeychainKind kind() {
        return KeychainKind.SESSION_MEMORY;
    }

    @Override
    public Optional<StoredSecret> read(SecretKey key) {
        Item item = items.get(key);
        return item == null ? Optional.empty() : Optional.of(new StoredSecret(key, item.secret(), item.attributes()));
    }

    @Override
    public void write(SecretKey key, String label, Secret secret, Map<String, String> attributes) {
        items.put(key, new Item(label, secret.reveal(), Attributes.withoutKeyAttributes(attributes)));
    }

    @Override
    public boolean delete(SecretKey key) {
        return items.remove(key) != null;
    }

    @Override
    public List<StoredItem> list(String service) {
        List<StoredItem> result = new ArrayList<>();
        items.forEach((key, item) -> {
            if (key.service().equals(service)) {
                result.add(new StoredItem(key, item.label(), item.attributes()));
            }
        });
        result.sort(Comparator.comparing(i -> i.key().account()));
        return result;
    }
}
