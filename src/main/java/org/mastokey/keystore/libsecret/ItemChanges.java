package org.mastokey.keystore.libsecret;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Secret Service's {@code ItemChanged} signals for one item, heard on the connection libsecret calls
 * it on (so a signal a call caused arrives before that call's reply) and delivered into a main context
 * of our own, which {@link #changedSinceLastAsked} runs without blocking. Used on libsecret's thread only.
 *
 * <p>KeePassXC sends {@code ItemChanged} from the same entry signal that makes it record a history
 * item; while it saves the database it sends neither, so a write that brings no signal left no history.
 */
final class ItemChanges implements AutoCloseable {
    /** One callback for the process: JNA must keep it reachable while GLib may still call it. */
    private static final Set<String> CHANGED = ConcurrentHashMap.newKeySet();
    private static final LibSecret.SignalCallback ON_ITEM_CHANGED = (connection, sender, path, iface, signal,
            parameters, userData) -> CHANGED.add(itemPath(parameters));
    /** The one libsecret binding of the process, for the callback. */
    private static volatile LibSecret signalApi;

    private final LibSecret api;
    private final Pointer connection;
    private final Pointer context;
    private final String item;
    private final int subscription;
    private boolean heardAny;

    private ItemChanges(LibSecret api, Pointer connection, Pointer context, String item, int subscription) {
        this.api = api;
        this.connection = connection;
        this.context = context;
        this.item = item;
        this.subscription = subscription;
    }

    /** Starts listening for changes of the item (a {@code SecretItem} proxy) in its collection. */
    static ItemChanges of(LibSecret api, Pointer itemProxy) {
        signalApi = api;
        String item = api.g_dbus_proxy_get_object_path(itemProxy);
        String collection = item.substring(0, Math.max(0, item.lastIndexOf('/')));
        Pointer connection = api.g_dbus_proxy_get_connection(itemProxy);
        Pointer context = api.g_main_context_new();
        // the subscription delivers into the thread-default context of the moment it is made
        api.g_main_context_push_thread_default(context);
        int subscription;
        try {
            subscription = api.g_dbus_connection_signal_subscribe(connection, null, "org.freedesktop.Secret.Collection",
                    "ItemChanged", collection, null, 0, ON_ITEM_CHANGED, null, null);
        } finally {
            api.g_main_context_pop_thread_default(context);
        }
        CHANGED.remove(item);
        return new ItemChanges(api, connection, context, item, subscription);
    }

    /** Whether an {@code ItemChanged} for the item arrived since the last time this was asked. */
    boolean changedSinceLastAsked() {
        while (api.g_main_context_iteration(context, false)) {
            // dispatch everything that is pending
        }
        boolean changed = CHANGED.remove(item);
        heardAny |= changed;
        return changed;
    }

    /** Whether any change was heard at all (a provider that never sends the signal cannot be counted on). */
    boolean heardAny() {
        return heardAny;
    }

    @Override
    public void close() {
        api.g_dbus_connection_signal_unsubscribe(connection, subscription);
        while (api.g_main_context_iteration(context, false)) {
            // let GLib run what the unsubscribe left in the context
        }
        api.g_main_context_unref(context);
        CHANGED.remove(item);
    }

    private static String itemPath(Pointer parameters) {
        Pointer child = signalApi.g_variant_get_child_value(parameters, new NativeLong(0));
        try {
            return signalApi.g_variant_get_string(child, null);
        } finally {
            signalApi.g_variant_unref(child);
        }
    }
}
