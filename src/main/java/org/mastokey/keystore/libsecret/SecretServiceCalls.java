package org.mastokey.keystore.libsecret;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mastokey.keystore.KeystoreException;

/**
 * The libsecret steps of one keychain call, all sharing the call's {@code GCancellable}. Every
 * native object is released before the step returns; GLib errors become {@link KeystoreException}s.
 */
final class SecretServiceCalls {
    private static final String BACKEND = LibsecretErrors.BACKEND;

    private final LibSecret api;
    private final GlibValues glib;
    private final Pointer cancellable;
    private final Duration limit;

    SecretServiceCalls(LibSecret api, GlibValues glib, Pointer cancellable, Duration limit) {
        this.api = api;
        this.glib = glib;
        this.cancellable = cancellable;
        this.limit = limit;
    }

    @FunctionalInterface
    interface ItemsBody<T> {
        T run(List<Pointer> items) throws KeystoreException;
    }

    /** The shared Secret Service proxy with an open session; unref it after use. */
    Pointer service(String action) throws KeystoreException {
        PointerByReference error = new PointerByReference();
        Pointer bus = api.g_bus_get_sync(LibSecret.G_BUS_TYPE_SESSION, cancellable, error);
        if (bus == null) {
            throw LibsecretErrors.connecting(glib.takeError(error), "there is no D-Bus session bus",
                    "Run Mastokey inside a desktop session", action, limit);
        }
        // GLib documents exit-on-close (SIGTERM when the bus goes away) for g_bus_get connections; a desktop
        // app must not die with its session bus. (Here a JVM survived without this too; kept as a guard.)
        api.g_dbus_connection_set_exit_on_close(bus, false);
        api.g_object_unref(bus);
        Pointer service = api.secret_service_get_sync(LibSecret.SECRET_SERVICE_OPEN_SESSION, cancellable, error);
        if (service == null) {
            throw LibsecretErrors.connecting(glib.takeError(error), "no keyring service is running in this session",
                    "Start GNOME Keyring, or enable Secret Service integration in KeePassXC or KWallet", action, limit);
        }
        return service;
    }

    /** Drops libsecret's shared Secret Service proxy, so the next {@link #service} connects afresh. */
    void disconnect() {
        api.secret_service_disconnect();
    }

    void unref(Pointer object) {
        api.g_object_unref(object);
    }

    boolean defaultCollectionLocked(Pointer service) throws KeystoreException {
        Pointer collection = defaultCollection(service);
        try {
            return api.secret_collection_get_locked(collection);
        } finally {
            api.g_object_unref(collection);
        }
    }

    /** Asks the Secret Service to unlock the default collection (it may prompt); @return whether it is unlocked */
    boolean unlockDefaultCollection(String action) throws KeystoreException {
        Pointer service = service(action);
        try {
            Pointer collection = defaultCollection(service);
            Pointer objects = api.g_list_append(null, collection);
            PointerByReference unlocked = new PointerByReference();
            PointerByReference error = new PointerByReference();
            try {
                int count = api.secret_service_unlock_sync(service, objects, cancellable, unlocked, error);
                GlibValues.GError failure = glib.takeError(error);
                if (failure != null) {
                    throw LibsecretErrors.during(failure, action, limit);
                }
                return count > 0;
            } finally {
                for (Pointer object : GlibValues.listData(unlocked.getValue())) {
                    api.g_object_unref(object);
                }
                api.g_list_free(unlocked.getValue());
                api.g_list_free(objects);
                api.g_object_unref(collection);
            }
        } finally {
            api.g_object_unref(service);
        }
    }

    /** Creates a new item in the unlocked default collection; @return its D-Bus object path */
    String createInDefaultCollection(Map<String, String> attributes, String label, String secret, String action)
            throws KeystoreException {
        Pointer service = service(action);
        try {
            Pointer collection = defaultCollection(service);
            try {
                if (api.secret_collection_get_locked(collection)) {
                    throw KeystoreException.locked("keyring", LibsecretErrors.HOW_TO_UNLOCK);
                }
                return create(collection, attributes, label, secret, action);
            } finally {
                api.g_object_unref(collection);
            }
        } finally {
            api.g_object_unref(service);
        }
    }

    /** Every item matching {@code match} (SECRET_SEARCH_ALL plus {@code flags}), locked ones included. */
    <T> T withItems(String action, Map<String, String> match, int flags, ItemsBody<T> body) throws KeystoreException {
        Pointer service = service(action);
        Pointer table = glib.hashTable(match);
        PointerByReference error = new PointerByReference();
        Pointer list = null;
        try {
            list = api.secret_service_search_sync(service, null, table, flags | LibSecret.SECRET_SEARCH_ALL,
                    cancellable, error);
            GlibValues.GError failure = glib.takeError(error);
            if (failure != null) {
                throw LibsecretErrors.during(failure, action, limit);
            }
            return body.run(GlibValues.listData(list));
        } finally {
            for (Pointer item : GlibValues.listData(list)) {
                api.g_object_unref(item);
            }
            api.g_list_free(list);
            api.g_hash_table_unref(table);
            api.g_object_unref(service);
        }
    }

    /**
     * Deletes every item but {@code keep}. Without {@code keep} (a delete) it refuses with LOCKED before
     * deleting anything if one is locked; after a write, locked copies in other keyrings are left alone
     * (reads prefer unlocked items).
     */
    int deleteAll(List<Pointer> items, String keep, String action) throws KeystoreException {
        List<Pointer> doomed = new ArrayList<>();
        for (Pointer item : items) {
            if (!api.g_dbus_proxy_get_object_path(item).equals(keep)) {
                boolean locked = api.secret_item_get_locked(item);
                if (locked && keep != null) {
                    continue;
                }
                if (locked) {
                    throw KeystoreException.locked("keyring", LibsecretErrors.HOW_TO_UNLOCK);
                }
                doomed.add(item);
            }
        }
        PointerByReference error = new PointerByReference();
        for (Pointer item : doomed) {
            if (!api.secret_item_delete_sync(item, cancellable, error)) {
                GlibValues.GError failure = glib.takeError(error);
                throw failure != null ? LibsecretErrors.during(failure, action, limit)
                        : KeystoreException.backendError(BACKEND, action, "the keyring did not delete the item");
            }
        }
        return doomed.size();
    }

    boolean locked(Pointer item) {
        return api.secret_item_get_locked(item);
    }

    Map<String, String> attributes(Pointer item) {
        Pointer table = api.secret_item_get_attributes(item);
        try {
            return glib.readHashTable(table);
        } finally {
            api.g_hash_table_unref(table);
        }
    }

    String label(Pointer item) {
        String label = glib.takeString(api.secret_item_get_label(item));
        return label == null ? "" : label;
    }

    /** The secret of an item found with SECRET_SEARCH_LOAD_SECRETS. */
    String secret(Pointer item, String action) throws KeystoreException {
        Pointer value = api.secret_item_get_secret(item);
        if (value == null) {
            throw KeystoreException.backendError(BACKEND, action, "the keyring returned the item without its secret");
        }
        try {
            NativeLongByReference length = new NativeLongByReference();
            Pointer bytes = api.secret_value_get(value, length);
            int size = (int) length.getValue().longValue();
            return size == 0 ? "" : new String(bytes.getByteArray(0, size), StandardCharsets.UTF_8);
        } finally {
            api.secret_value_unref(value);
        }
    }

    private Pointer defaultCollection(Pointer service) throws KeystoreException {
        PointerByReference error = new PointerByReference();
        Pointer collection = api.secret_collection_for_alias_sync(service, "default",
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

    private String create(Pointer collection, Map<String, String> attributes, String label, String secret, String action)
            throws KeystoreException {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        Memory memory = new Memory(Math.max(1, bytes.length));
        memory.write(0, bytes, 0, bytes.length);
        Pointer value = api.secret_value_new(memory, new NativeLong(bytes.length), "text/plain");
        java.util.Arrays.fill(bytes, (byte) 0);
        memory.clear();
        Pointer table = glib.hashTable(attributes);
        PointerByReference error = new PointerByReference();
        try {
            Pointer item = api.secret_item_create_sync(collection, null, table, label, value,
                    LibSecret.SECRET_ITEM_CREATE_NONE, cancellable, error);
            GlibValues.GError failure = glib.takeError(error);
            if (item == null || failure != null) {
                throw failure != null ? LibsecretErrors.during(failure, action, limit)
                        : KeystoreException.backendError(BACKEND, action, "the keyring did not create the item");
            }
            String path = api.g_dbus_proxy_get_object_path(item);
            api.g_object_unref(item);
            return path;
        } finally {
            api.secret_value_unref(value);
            api.g_hash_table_unref(table);
        }
    }
}
