package org.mastokey.keystore.libsecret;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Moves strings, string hash tables, lists and errors between Java and GLib. */
final class GlibValues {
    private final LibSecret.Loaded lib;
    private final LibSecret api;

    GlibValues(LibSecret.Loaded lib) {
        this.lib = lib;
        this.api = lib.api();
    }

    /** A GLib error, copied out and freed. */
    record GError(String domain, int code, String message) {
    }

    /** A new {@code GHashTable<utf8, utf8>} that owns copies of the strings; unref it after use. */
    Pointer hashTable(Map<String, String> entries) {
        Pointer table = api.g_hash_table_new_full(lib.strHash(), lib.strEqual(), lib.free(), lib.free());
        entries.forEach((name, value) -> api.g_hash_table_insert(table, api.g_strdup(name), api.g_strdup(value)));
        return table;
    }

    Map<String, String> readHashTable(Pointer table) {
        Map<String, String> result = new HashMap<>();
        Pointer keys = api.g_hash_table_get_keys(table);
        for (Pointer key : listData(keys)) {
            Pointer value = api.g_hash_table_lookup(table, key);
            result.put(utf8(key), value == null ? "" : utf8(value));
        }
        api.g_list_free(keys);
        return result;
    }

    /** The {@code data} pointers of a {@code GList}, first to last. */
    static List<Pointer> listData(Pointer list) {
        List<Pointer> result = new ArrayList<>();
        for (Pointer node = list; node != null; node = node.getPointer(Native.POINTER_SIZE)) {
            result.add(node.getPointer(0));
        }
        return result;
    }

    /** Reads a {@code gchar*} the caller owns and frees it. */
    String takeString(Pointer text) {
        if (text == null) {
            return null;
        }
        try {
            return utf8(text);
        } finally {
            api.g_free(text);
        }
    }

    static String utf8(Pointer text) {
        return text.getString(0, StandardCharsets.UTF_8.name());
    }

    /** Copies and frees the error a call left in {@code ref}, or null if there is none. */
    GError takeError(PointerByReference ref) {
        Pointer error = ref.getValue();
        if (error == null) {
            return null;
        }
        try {
            int domain = error.getInt(0);
            int code = error.getInt(4);
            Pointer message = error.getPointer(8);
            return new GError(api.g_quark_to_string(domain), code, message == null ? "" : utf8(message));
        } finally {
            api.g_error_free(error);
            ref.setValue(null);
        }
    }
}
