package org.mastokey.keystore.libsecret;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
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
 * <p>Every call gets a {@code GCancellable} that a timer cancels at the limit, and the caller stops
 * waiting shortly after even if libsecret ignores the cancel. Locked items are never unlocked here:
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
    private final TimeLimit timeLimit = new TimeLimit(BACKEND);
    private LibSecret.Loaded loaded;
    private GlibValues glib;

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
            boolean locked = call("checking the keyring", timeouts.status(), c -> {
                Pointer service = service(c, "checking the keyring", timeouts.status());
                Pointer collection = defaultCollection(service, c, timeouts.status());
                try {
                    return lib().secret_collection_get_locked(collection);
                } finally {
                    lib().g_object_unref(collection);
                    lib().g_object_unref(service);
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
    public Optional<StoredSecret> read(SecretKey key) throws KeystoreException {
        String action = "reading " + key.account();
        return operation(action, c -> withItems(c, action, Map.of(SERVICE_ATTRIBUTE, key.service(),
                ACCOUNT_ATTRIBUTE, key.account()), LibSecret.SECRET_SEARCH_LOAD_SECRETS, items -> {
            if (items.isEmpty()) {
                return Optional.empty();
            }
            Pointer item = items.stream().filter(i -> !lib().secret_item_get_locked(i)).findFirst()
                    .orElseThrow(() -> KeystoreException.locked("keyring", LibsecretErrors.HOW_TO_UNLOCK));
            Pointer value = lib().secret_item_get_secret(item);
            if (value == null) {
                throw KeystoreException.backendError(BACKEND, action, "the keyring returned the item without its secret");
            }
            try {
                NativeLongByReference length = new NativeLongByReference();
                Pointer bytes = lib().secret_value_get(value, length);
                String secret = new String(bytes.getByteArray(0, (int) length.getValue().longValue()), StandardCharsets.UTF_8);
                return Optional.of(new StoredSecret(key, secret, Attributes.withoutKeyAttributes(attributes(item))));
            } finally {
                lib().secret_value_unref(value);
            }
        }));
    }

    @Override
    public void write(SecretKey key, String label, String secret, Map<String, String> attributes) throws KeystoreException {
        String action = "saving " + key.account();
        operation(action, c -> {
            Pointer service = service(c, action, timeouts.call());
            try {
                Pointer collection = defaultCollection(service, c, timeouts.call());
                try {
                    if (lib().secret_collection_get_locked(collection)) {
                        throw KeystoreException.locked("keyring", LibsecretErrors.HOW_TO_UNLOCK);
                    }
                    String created = create(collection, key, label, secret, attributes, c, action);
                    return withItems(c, action, Map.of(SERVICE_ATTRIBUTE, key.service(), ACCOUNT_ATTRIBUTE, key.account()),
                            0, items -> deleteAll(items, created, c, action));
                } finally {
                    lib().g_object_unref(collection);
                }
            } finally {
                lib().g_object_unref(service);
            }
        });
    }

    @Override
    public boolean delete(SecretKey key) throws KeystoreException {
        String action = "deleting " + key.account();
        return operation(action, c -> withItems(c, action, Map.of(SERVICE_ATTRIBUTE, key.service(),
                ACCOUNT_ATTRIBUTE, key.account()), 0, items -> deleteAll(items, null, c, action) > 0));
    }

    /** Works on a locked keyring too where the service shows locked items' attributes (GNOME Keyring does). */
    @Override
    public List<StoredItem> list(String service) throws KeystoreException {
        String action = "listing saved items";
        return operation(action, c -> withItems(c, action, Map.of(SERVICE_ATTRIBUTE, service), 0, items -> {
            List<StoredItem> result = new ArrayList<>();
            for (Pointer item : items) {
                Map<String, String> attributes = attributes(item);
                String account = attributes.get(ACCOUNT_ATTRIBUTE);
                if (account != null && !account.isBlank()) {
                    String label = glib.takeString(lib().secret_item_get_label(item));
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
        T run(Pointer cancellable) throws KeystoreException;
    }

    @FunctionalInterface
    private interface ItemsBody<T> {
        T run(List<Pointer> items) throws KeystoreException;
    }

    private synchronized LibSecret api() throws KeystoreException {
        if (loaded == null) {
            try {
                loaded = LibSecret.load();
                glib = new GlibValues(loaded);
            } catch (UnsatisfiedLinkError e) {
                throw KeystoreException.unavailable(BACKEND, "libsecret is not installed (on Debian/Ubuntu:"
                        + " apt install libsecret-1-0).");
            }
        }
        return loaded.api();
    }

    /** Only inside {@link #call}, which has loaded the library. */
    private synchronized LibSecret lib() {
        return loaded.api();
    }

    /** One retry on a fresh connection: the keyring daemon may have restarted since the last call. */
    private <T> T operation(String action, Body<T> body) throws KeystoreException {
        try {
            return call(action, timeouts.call(), body);
        } catch (KeystoreException e) {
            if (!LibsecretErrors.worthReconnecting(e)) {
                throw e;
            }
            api().secret_service_disconnect();
            return call(action, timeouts.call(), body);
        }
    }

    private <T> T call(String action, Duration limit, Body<T> body) throws KeystoreException {
        LibSecret api = api();
        return timeLimit.run(action, limit.plus(GRACE), () -> {
            try (NativeCancel cancel = NativeCancel.after(api, limit)) {
                return body.run(cancel.cancellable());
            }
        });
    }

    private Pointer service(Pointer cancellable, String action, Duration limit) throws KeystoreException {
        PointerByReference error = new PointerByReference();
        Pointer bus = lib().g_bus_get_sync(LibSecret.G_BUS_TYPE_SESSION, cancellable, error);
        if (bus == null) {
            throw LibsecretErrors.connecting(glib.takeError(error), "there is no D-Bus session bus; run Mastokey"
                    + " inside a desktop session", action, limit);
        }
        // A desktop app must not be killed (SIGTERM) by GLib when the session bus goes away.
        lib().g_dbus_connection_set_exit_on_close(bus, false);
        lib().g_object_unref(bus);
        Pointer service = lib().secret_service_get_sync(LibSecret.SECRET_SERVICE_OPEN_SESSION, cancellable, error);
        if (service == null) {
            throw LibsecretErrors.connecting(glib.takeError(error), "no keyring service (GNOME Keyring, KeePassXC"
                    + " with Secret Service integration, KWallet) is running in this session", action, limit);
        }
        return service;
    }

    private Pointer defaultCollection(Pointer service, Pointer cancellable, Duration limit) throws KeystoreException {
        PointerByReference error = new PointerByReference();
        Pointer collection = lib().secret_collection_for_alias_sync(service, "default",
                LibSecret.SECRET_COLLECTION_NONE, cancellable, error);
        GlibValues.GError failure = glib.takeError(error);
        if (failure != null) {
            throw LibsecretErrors.during(failure, "opening the default keyring", limit);
        }
        if (collection == null) {
            throw KeystoreException.unavailable(BACKEND, "the keyring service has no default keyring. Create one"
                    + " (GNOME \u201cPasswords and Keys\u201d, or enable a database in KeePassXC's Secret Service"
                    + " settings) and try again.");
        }
        return collection;
    }

    private <T> T withItems(Pointer cancellable, String action, Map<String, String> match, int flags,
                            ItemsBody<T> body) throws KeystoreException {
        Pointer service = service(cancellable, action, timeouts.call());
        Pointer table = glib.hashTable(match);
        PointerByReference error = new PointerByReference();
        Pointer list = null;
        try {
            list = lib().secret_service_search_sync(service, null, table, flags | LibSecret.SECRET_SEARCH_ALL,
                    cancellable, error);
            GlibValues.GError failure = glib.takeError(error);
            if (failure != null) {
                throw LibsecretErrors.during(failure, action, timeouts.call());
            }
            return body.run(GlibValues.listData(list));
        } finally {
            for (Pointer item : GlibValues.listData(list)) {
                lib().g_object_unref(item);
            }
            lib().g_list_free(list);
            lib().g_hash_table_unref(table);
            lib().g_object_unref(service);
        }
    }

    private String create(Pointer collection, SecretKey key, String label, String secret, Map<String, String> attributes,
                          Pointer cancellable, String action) throws KeystoreException {
        Memory bytes = GlibValues.secretBytes(secret);
        Pointer value = lib().secret_value_new(bytes, new NativeLong(secret.getBytes(StandardCharsets.UTF_8).length), "text/plain");
        bytes.clear();
        Pointer table = glib.hashTable(Attributes.forItem(key, attributes));
        PointerByReference error = new PointerByReference();
        try {
            Pointer item = lib().secret_item_create_sync(collection, null, table, label, value,
                    LibSecret.SECRET_ITEM_CREATE_NONE, cancellable, error);
            GlibValues.GError failure = glib.takeError(error);
            if (item == null || failure != null) {
                throw failure != null ? LibsecretErrors.during(failure, action, timeouts.call())
                        : KeystoreException.backendError(BACKEND, action, "the keyring did not create the item");
            }
            String path = lib().g_dbus_proxy_get_object_path(item);
            lib().g_object_unref(item);
            return path;
        } finally {
            lib().secret_value_unref(value);
            lib().g_hash_table_unref(table);
        }
    }

    /** Deletes every item but {@code keep}; refuses (LOCKED) before deleting anything if one is locked. */
    private int deleteAll(List<Pointer> items, String keep, Pointer cancellable, String action) throws KeystoreException {
        List<Pointer> doomed = new ArrayList<>();
        for (Pointer item : items) {
            if (!lib().g_dbus_proxy_get_object_path(item).equals(keep)) {
                if (lib().secret_item_get_locked(item)) {
                    throw KeystoreException.locked("keyring", LibsecretErrors.HOW_TO_UNLOCK);
                }
                doomed.add(item);
            }
        }
        PointerByReference error = new PointerByReference();
        for (Pointer item : doomed) {
            if (!lib().secret_item_delete_sync(item, cancellable, error)) {
                GlibValues.GError failure = glib.takeError(error);
                throw failure != null ? LibsecretErrors.during(failure, action, timeouts.call())
                        : KeystoreException.backendError(BACKEND, action, "the keyring did not delete the item");
            }
        }
        return doomed.size();
    }

    private Map<String, String> attributes(Pointer item) throws KeystoreException {
        Pointer table = lib().secret_item_get_attributes(item);
        try {
            return glib.readHashTable(table);
        } finally {
            lib().g_hash_table_unref(table);
        }
    }
}
