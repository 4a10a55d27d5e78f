package org.mastokey.keystore.libsecret;

import com.sun.jna.Pointer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mastokey.keystore.Attributes;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.TimeLimit;

/**
 * The Secret Service (GNOME Keyring, KeePassXC, KWallet's bridge) through libsecret, default
 * collection. Items carry the attributes {@code service} and {@code account} and no schema, exactly
 * like {@code secret-tool store --label=... service S account A}, so either tool reads the other's.
 *
 * <p>Every call runs on the process's one libsecret thread ({@link LibsecretRuntime}) and gets a
 * {@code GCancellable} that a timer cancels at the limit; the caller stops waiting shortly after even
 * if libsecret ignores the cancel. Any number of stores may exist. Locked items are never unlocked here:
 * the call fails with {@code LOCKED} instead of opening (or, without a display, hanging on) a prompt.
 */
public final class LibsecretStore implements SecretStore {
    /** @param status limit for {@link #availability()}; @param call limit for read/write/delete/list */
    public record Timeouts(Duration status, Duration call) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(10));
    }

    private static final Duration GRACE = Duration.ofMillis(500);
    private static final String BACKEND = LibsecretErrors.BACKEND;

    private final Timeouts timeouts;
    private final TimeLimit timeLimit = LibsecretRuntime.timeLimit(BACKEND);

    public LibsecretStore() {
        this(Timeouts.DEFAULT);
    }

    public LibsecretStore(Timeouts timeouts) {
        this.timeouts = timeouts;
    }

    @Override
    public String backendName() {
        return BACKEND;
    }

    @Override
    public Availability availability() {
        try {
            boolean locked = operation("checking the keyring", timeouts.status(), c -> {
                Pointer service = c.service("checking the keyring");
                try {
                    return c.defaultCollectionLocked(service);
                } finally {
                    c.unref(service);
                }
            });
            return locked
                    ? new Availability(Status.LOCKED, KeystoreException.locked("keyring", LibsecretErrors.HOW_TO_UNLOCK).getMessage())
                    : new Availability(Status.AVAILABLE, "Tokens are saved in your keyring (" + BACKEND + ").");
        } catch (KeystoreException e) {
            return new Availability(e.reason() == KeystoreException.Reason.LOCKED ? Status.LOCKED : Status.UNAVAILABLE,
                    e.getMessage());
        }
    }

    @Override
    public boolean unlock(Duration patience) throws KeystoreException {
        if (availability().status() == Status.AVAILABLE) {
            return true;
        }
        return call("unlocking the keyring", patience, c -> c.unlockDefaultCollection("unlocking the keyring"));
    }

    @Override
    public Optional<StoredSecret> read(SecretKey key) throws KeystoreException {
        String action = "reading " + key.account();
        return operation(action, c -> c.withItems(action, keyAttributes(key), LibSecret.SECRET_SEARCH_LOAD_SECRETS, items -> {
            if (items.isEmpty()) {
                return Optional.empty();
            }
            Pointer item = items.stream().filter(i -> !c.locked(i)).findFirst()
                    .orElseThrow(() -> KeystoreException.locked("keyring", LibsecretErrors.HOW_TO_UNLOCK));
            String secret = c.secret(item, action);
            return Optional.of(new StoredSecret(key, secret, Attributes.withoutKeyAttributes(c.attributes(item))));
        }));
    }

    @Override
    public void write(SecretKey key, String label, String secret, Map<String, String> attributes) throws KeystoreException {
        String action = "saving " + key.account();
        operation(action, c -> {
            String created = c.createInDefaultCollection(Attributes.forItem(key, attributes), label, secret, action);
            return c.withItems(action, keyAttributes(key), 0, items -> c.deleteAll(items, created, action));
        });
    }

    @Override
    public boolean delete(SecretKey key) throws KeystoreException {
        String action = "deleting " + key.account();
        return operation(action, c -> c.withItems(action, keyAttributes(key), 0, items -> c.deleteAll(items, null, action) > 0));
    }

    /** Works on a locked keyring too where the service shows locked items' attributes (GNOME Keyring does). */
    @Override
    public List<StoredItem> list(String service) throws KeystoreException {
        String action = "listing saved items";
        return operation(action, c -> c.withItems(action, Map.of(SERVICE_ATTRIBUTE, service), 0, items -> {
            List<StoredItem> result = new ArrayList<>();
            for (Pointer item : items) {
                Map<String, String> attributes = c.attributes(item);
                String account = attributes.get(ACCOUNT_ATTRIBUTE);
                if (account != null && !account.isBlank()) {
                    String label = c.label(item);
                    result.add(new StoredItem(new SecretKey(service, account), label == null ? "" : label,
                            Attributes.withoutKeyAttributes(attributes)));
                }
            }
            result.sort(Comparator.comparing(i -> i.key().account()));
            return result;
        }));
    }

    // --- plumbing ---

    @FunctionalInterface
    private interface Body<T> {
        T run(SecretServiceCalls calls) throws KeystoreException;
    }

    private static Map<String, String> keyAttributes(SecretKey key) {
        return Map.of(SERVICE_ATTRIBUTE, key.service(), ACCOUNT_ATTRIBUTE, key.account());
    }

    private static LibSecret.Loaded library() throws KeystoreException {
        try {
            return LibsecretRuntime.loaded();
        } catch (UnsatisfiedLinkError e) {
            throw KeystoreException.unavailable(BACKEND, "libsecret is not installed (on Debian/Ubuntu:"
                    + " apt install libsecret-1-0).");
        }
    }

    /** One retry on a fresh connection: the keyring daemon may have restarted since the last call. */
    private <T> T operation(String action, Body<T> body) throws KeystoreException {
        return operation(action, timeouts.call(), body);
    }

    private <T> T operation(String action, Duration limit, Body<T> body) throws KeystoreException {
        try {
            return call(action, limit, body);
        } catch (KeystoreException e) {
            if (e.reason() == KeystoreException.Reason.TIMEOUT) {
                // the abandoned call may have left the shared connection waiting; the next call starts afresh
                LibsecretRuntime.disconnectLater();
            }
            if (!LibsecretErrors.worthReconnecting(e)) {
                throw e;
            }
            return call(action, limit, calls -> {
                calls.disconnect();
                return body.run(calls);
            });
        }
    }

    /** Runs {@code body} on libsecret's thread; its native cancel fires at {@code limit}, the caller gives up a little later. */
    private <T> T call(String action, Duration limit, Body<T> body) throws KeystoreException {
        LibSecret api = library().api();
        GlibValues glib = LibsecretRuntime.glib();
        return timeLimit.run(action, limit.plus(GRACE), () -> {
            try (NativeCancel cancel = NativeCancel.after(api, limit)) {
                return body.run(new SecretServiceCalls(api, glib, cancel.cancellable(), limit));
            }
        });
    }
}
