package org.mastokey.keystore.libsecret;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.Map;

/**
 * The few libsecret (and GLib/GObject/GIO, reached through libsecret's own dependencies) functions
 * the backend needs. Flags and error codes are copied from the libsecret and GIO headers.
 */
interface LibSecret extends Library {
    int SECRET_SERVICE_OPEN_SESSION = 1 << 1;
    int SECRET_COLLECTION_NONE = 0;
    int SECRET_SEARCH_ALL = 1 << 1;
    int SECRET_SEARCH_LOAD_SECRETS = 1 << 3;
    int SECRET_ITEM_CREATE_NONE = 0;
    int G_BUS_TYPE_SESSION = 2;

    /** Only {@link LibsecretRuntime} calls this, once per process. */
    static Loaded load() {
        skipJnaLdconfigScan();
        Map<String, Object> options = Map.of(Library.OPTION_STRING_ENCODING, "UTF-8");
        UnsatisfiedLinkError first = null;
        for (String name : new String[] {"libsecret-1.so.0", "secret-1"}) {
            try {
                LibSecret api = Native.load(name, LibSecret.class, options);
                NativeLibrary lib = NativeLibrary.getInstance(name, options);
                return new Loaded(api, lib, lib.getFunction("g_str_hash"), lib.getFunction("g_str_equal"),
                        lib.getFunction("g_free"));
            } catch (UnsatisfiedLinkError e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    /**
     * Unless {@code jna.platform.library.path} is set, JNA's {@code NativeLibrary} builds its fallback
     * search path when its class initialises by running {@code /sbin/ldconfig -p}: a child process on
     * every start, about a tenth of {@code mastokey token}'s wall time (packaging/bench-token). The
     * dynamic linker finds {@code libsecret-1.so.0} without it; the fallback (the unversioned name,
     * and JNA's other users such as {@code libc}) still gets the usual library directories.
     */
    private static void skipJnaLdconfigScan() {
        if (System.getProperty("jna.platform.library.path") != null) {
            return;
        }
        String multiarch = switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> "x86_64-linux-gnu";
            case "aarch64" -> "aarch64-linux-gnu";
            default -> null;
        };
        String common = "/usr/lib64:/lib64:/usr/lib:/lib";
        System.setProperty("jna.platform.library.path",
                multiarch == null ? common : "/usr/lib/" + multiarch + ":/lib/" + multiarch + ":" + common);
    }

    /**
     * The library plus the GLib function pointers a string hash table needs. JNA unloads a library
     * once nothing refers to it, so whoever holds this keeps libsecret loaded ({@link LibsecretRuntime}).
     */
    record Loaded(LibSecret api, NativeLibrary library, Pointer strHash, Pointer strEqual, Pointer free) {
    }

    // --- GLib ---
    Pointer g_hash_table_new_full(Pointer hash, Pointer equal, Pointer keyDestroy, Pointer valueDestroy);

    void g_hash_table_insert(Pointer table, Pointer key, Pointer value);

    Pointer g_hash_table_lookup(Pointer table, Pointer key);

    Pointer g_hash_table_get_keys(Pointer table);

    void g_hash_table_unref(Pointer table);

    Pointer g_strdup(String text);

    void g_free(Pointer memory);

    void g_list_free(Pointer list);

    Pointer g_list_append(Pointer list, Pointer data);

    void g_error_free(Pointer error);

    String g_quark_to_string(int quark);

    // --- GObject / GIO ---
    void g_object_unref(Pointer object);

    Pointer g_cancellable_new();

    void g_cancellable_cancel(Pointer cancellable);

    Pointer g_bus_get_sync(int busType, Pointer cancellable, PointerByReference error);

    void g_dbus_connection_set_exit_on_close(Pointer connection, boolean exitOnClose);

    String g_dbus_proxy_get_object_path(Pointer proxy);

    Pointer g_dbus_connection_call_sync(Pointer connection, String busName, String objectPath, String interfaceName,
                                        String methodName, Pointer parameters, Pointer replyType, int flags,
                                        int timeoutMsec, Pointer cancellable, PointerByReference error);

    Pointer g_variant_new(String format, Object... values);

    Pointer g_variant_get_child_value(Pointer value, NativeLong index);

    int g_variant_get_uint32(Pointer value);

    boolean g_variant_get_boolean(Pointer value);

    void g_variant_unref(Pointer value);

    Pointer g_dbus_proxy_get_connection(Pointer proxy);
    String g_variant_get_string(Pointer value, Pointer length);

    /** GDBusSignalCallback */
    interface SignalCallback extends com.sun.jna.Callback {
        void invoke(Pointer connection, String sender, String objectPath, String interfaceName, String signalName,
                    Pointer parameters, Pointer userData);
    }

    int g_dbus_connection_signal_subscribe(Pointer connection, String sender, String interfaceName, String member,
                                           String objectPath, String arg0, int flags, SignalCallback callback,
                                           Pointer userData, Pointer userDataFreeFunc);
    void g_dbus_connection_signal_unsubscribe(Pointer connection, int subscriptionId);
    Pointer g_main_context_new();
    void g_main_context_push_thread_default(Pointer context);
    void g_main_context_pop_thread_default(Pointer context);
    boolean g_main_context_iteration(Pointer context, boolean mayBlock);
    void g_main_context_unref(Pointer context);

    // --- libsecret ---
    Pointer secret_service_get_sync(int flags, Pointer cancellable, PointerByReference error);

    void secret_service_disconnect();

    Pointer secret_collection_for_alias_sync(Pointer service, String alias, int flags, Pointer cancellable,
                                             PointerByReference error);

    boolean secret_collection_get_locked(Pointer collection);

    int secret_service_unlock_sync(Pointer service, Pointer objects, Pointer cancellable, PointerByReference unlocked,
                                   PointerByReference error);

    Pointer secret_collection_search_sync(Pointer collection, Pointer schema, Pointer attributes, int flags,
                                          Pointer cancellable, PointerByReference error);

    boolean secret_item_set_secret_sync(Pointer item, Pointer value, Pointer cancellable, PointerByReference error);

    Pointer secret_service_search_sync(Pointer service, Pointer schema, Pointer attributes, int flags,
                                       Pointer cancellable, PointerByReference error);

    Pointer secret_item_create_sync(Pointer collection, Pointer schema, Pointer attributes, String label,
                                    Pointer value, int flags, Pointer cancellable, PointerByReference error);

    boolean secret_item_delete_sync(Pointer item, Pointer cancellable, PointerByReference error);

    boolean secret_item_get_locked(Pointer item);

    Pointer secret_item_get_attributes(Pointer item);

    Pointer secret_item_get_label(Pointer item);

    Pointer secret_item_get_secret(Pointer item);

    Pointer secret_value_new(Pointer secret, NativeLong length, String contentType);

    Pointer secret_value_get(Pointer value, NativeLongByReference length);

    void secret_value_unref(Pointer value);
}
