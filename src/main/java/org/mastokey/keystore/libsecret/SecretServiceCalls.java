package org.mastokey.keystore.libsecret;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mastokey.keystore.KeystoreException;

/**
 * The libsecret steps of one keychain call, all sharing the call's {@code GCancellable}. Every
 * native object is released before the step returns; GLib errors become {@link KeystoreException}s.
 */
final class SecretServiceCalls {
    private static final String BACKEND = LibsecretErrors.BACKEND;
    /** KeePassXC's default for "maximum history items" per entry (Database Settings > General). */
    private static final int KEEPASSXC_HISTORY = 10;
    /** Fillers at most, should KeePassXC keep saving (a save takes its key derivation time, ~1 s by default). */
    private static final int KEEPASSXC_MAX_FILLERS = 1000;
    /** Fillers after which a KeePassXC that sent no ItemChanged at all is taken to send none. */
    private static final int KEEPASSXC_SILENT_FILLERS = 50;

    private final LibSecret api;
    private final GlibValues glib;
    private final Pointer cancellable;
    private final Duration limit;
    private Provider provider;

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

    /** The default collection of an open service: its proxy, object path and whether it is locked. */
    record Collection(Pointer proxy, String path, boolean locked) {
    }

    @FunctionalInterface
    interface CollectionBody<T> {
        T run(Pointer service, Collection collection) throws KeystoreException;
    }

    /** Who answers for the Secret Service; asked once per call, only when a message needs it. */
    Provider provider() {
        if (provider == null) {
            provider = new BusOwner(api, glib, cancellable).provider();
        }
        return provider;
    }

    KeystoreException locked() {
        return KeystoreException.locked(provider().keychainWord, provider().howToUnlock);
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
            GlibValues.GError failure = glib.takeError(error);
            if (new BusOwner(api, glib, cancellable).secretsNameOwned()) {
                Provider owner = provider();
                throw LibsecretErrors.connecting(failure, owner.displayName + " answers for the Secret Service but"
                        + " did not open a session", owner.whatASessionNeeds, action, limit);
            }
            throw LibsecretErrors.connecting(failure, "no keyring service is running in this session",
                    "Start GNOME Keyring or KWallet, or enable Secret Service integration in KeePassXC", action, limit);
        }
        return service;
    }

    /** Drops libsecret's shared Secret Service proxy, so the next {@link #service} connects afresh. */
    void disconnect() {
        api.secret_service_disconnect();
    }

    /** Runs {@code body} with the service and its default collection, both released afterwards. */
    <T> T withDefaultCollection(String action, CollectionBody<T> body) throws KeystoreException {
        Pointer service = service(action);
        try {
            Pointer proxy = defaultCollection(service);
            try {
                return body.run(service, new Collection(proxy, api.g_dbus_proxy_get_object_path(proxy),
                        api.secret_collection_get_locked(proxy)));
            } finally {
                api.g_object_unref(proxy);
            }
        } finally {
            api.g_object_unref(service);
        }
    }

    /**
     * Asks the Secret Service to unlock these objects, which may show the provider's dialog (a password,
     * or KeePassXC's "allow access"); waits until it is answered or the call's limit.
     * @return whether all of them are unlocked afterwards
     */
    boolean unlock(Pointer service, List<Pointer> objects, String action) throws KeystoreException {
        Pointer list = null;
        for (Pointer object : objects) {
            list = api.g_list_append(list, object);
        }
        PointerByReference unlocked = new PointerByReference();
        PointerByReference error = new PointerByReference();
        try {
            int count = api.secret_service_unlock_sync(service, list, cancellable, unlocked, error);
            GlibValues.GError failure = glib.takeError(error);
            if (failure != null) {
                throw LibsecretErrors.during(failure, action, limit);
            }
            return count >= objects.size();
        } finally {
            for (Pointer object : GlibValues.listData(unlocked.getValue())) {
                api.g_object_unref(object);
            }
            api.g_list_free(unlocked.getValue());
            api.g_list_free(list);
        }
    }

    /** Creates a new item in the (unlocked) collection; @return its D-Bus object path */
    String create(Collection collection, Map<String, String> attributes, String label, String secret, String action)
            throws KeystoreException {
        Pointer value = secretValue(secret);
        Pointer table = glib.hashTable(attributes);
        PointerByReference error = new PointerByReference();
        try {
            Pointer item = api.secret_item_create_sync(collection.proxy(), null, table, label, value,
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

    /** Every item matching {@code match} in every collection (SECRET_SEARCH_ALL plus {@code flags}), locked ones included. */
    <T> T withItems(Pointer service, String action, Map<String, String> match, int flags, ItemsBody<T> body)
            throws KeystoreException {
        return search(action, body, (table, error) -> api.secret_service_search_sync(service, null, table,
                flags | LibSecret.SECRET_SEARCH_ALL, cancellable, error), match);
    }

    /** Like {@link #withItems}, in one collection; never unlocks or prompts, whatever the provider's settings. */
    <T> T withItemsIn(Collection collection, String action, Map<String, String> match, ItemsBody<T> body)
            throws KeystoreException {
        return search(action, body, (table, error) -> api.secret_collection_search_sync(collection.proxy(), null, table,
                LibSecret.SECRET_SEARCH_ALL, cancellable, error), match);
    }

    @FunctionalInterface
    private interface Search {
        Pointer run(Pointer table, PointerByReference error);
    }

    private <T> T search(String action, ItemsBody<T> body, Search search, Map<String, String> match)
            throws KeystoreException {
        Pointer table = glib.hashTable(match);
        PointerByReference error = new PointerByReference();
        Pointer list = null;
        try {
            list = search.run(table, error);
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
        }
    }

    /**
     * Blanks, then deletes every item. A delete refuses with LOCKED before touching anything if one is
     * locked; a replacement ({@code replacing}) leaves locked copies in other keyrings alone (reads
     * prefer unlocked items). The blank first: KeePassXC moves deleted entries to its Recycle Bin.
     */
    int deleteAll(List<Pointer> items, boolean replacing, String action) throws KeystoreException {
        List<Pointer> doomed = new ArrayList<>();
        for (Pointer item : items) {
            if (api.secret_item_get_locked(item)) {
                if (replacing) {
                    continue;
                }
                throw locked();
            }
            doomed.add(item);
        }
        PointerByReference error = new PointerByReference();
        for (Pointer item : doomed) {
            blank(item, action);
            if (!api.secret_item_delete_sync(item, cancellable, error)) {
                GlibValues.GError failure = glib.takeError(error);
                throw failure != null ? LibsecretErrors.during(failure, action, limit)
                        : KeystoreException.backendError(BACKEND, action, "the keyring did not delete the item");
            }
        }
        return doomed.size();
    }

    /**
     * Overwrites the secret with a blank. KeePassXC also keeps each earlier value in the entry's history
     * (the last {@value #KEEPASSXC_HISTORY} by default, and only values that differ), so there it first
     * writes different fillers (dashes) until {@value #KEEPASSXC_HISTORY} + 1 of them have made a history
     * item, pushing the secret out of the history. A write made while KeePassXC saves the database makes
     * none (KeePassXC suppresses the entry's change signal then), and neither sends {@code ItemChanged}:
     * a filler counts only when its signal came. A KeePassXC that sends no signal at all gets a fixed count.
     */
    private void blank(Pointer item, String action) throws KeystoreException {
        if (provider() != Provider.KEEPASSXC) {
            setSecret(item, "", action);
            return;
        }
        int needed = KEEPASSXC_HISTORY + 1;
        try (ItemChanges changes = ItemChanges.of(api, item)) {
            int counted = 0;
            for (int write = 1; write <= KEEPASSXC_MAX_FILLERS && counted < needed; write++) {
                setSecret(item, "-".repeat(write), action);
                if (changes.changedSinceLastAsked()) {
                    counted++;
                } else if (write >= KEEPASSXC_SILENT_FILLERS && !changes.heardAny()) {
                    break; // no signals from this KeePassXC: a fixed count is all there is
                }
            }
            setSecret(item, "", action);
        }
    }

    private void setSecret(Pointer item, String text, String action) throws KeystoreException {
        PointerByReference error = new PointerByReference();
        Pointer value = secretValue(text);
        try {
            api.secret_item_set_secret_sync(item, value, cancellable, error);
        } finally {
            api.secret_value_unref(value);
        }
        GlibValues.GError failure = glib.takeError(error);
        if (failure != null) {
            throw LibsecretErrors.during(failure, action, limit);
        }
    }

    /** Locked although its collection is open: KeePassXC's way of saying the person has not allowed this client yet. */
    boolean awaitingApproval(Pointer item, Collection collection) {
        return !collection.locked() && api.secret_item_get_locked(item)
                && api.g_dbus_proxy_get_object_path(item).startsWith(collection.path() + "/");
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
            throw KeystoreException.unavailable(BACKEND, provider().displayName + " has no default keyring. "
                    + provider().howToCreateDefault + " Then try again.");
        }
        return collection;
    }

    /** A text/plain secret value; the Java copies are wiped. Unref it after use. */
    private Pointer secretValue(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        Memory memory = new Memory(Math.max(1, bytes.length));
        memory.write(0, bytes, 0, bytes.length);
        Pointer value = api.secret_value_new(memory, new NativeLong(bytes.length), "text/plain");
        Arrays.fill(bytes, (byte) 0);
        memory.clear();
        return value;
    }
}
