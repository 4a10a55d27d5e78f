package org.mastokey.keystore.libsecret;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * Asks the session bus itself (not the Secret Service) who owns {@code org.freedesktop.secrets}: so that
 * a message can name the program that answered, or say that one runs but refused what was asked.
 * Never throws; what cannot be told is {@link Provider#UNKNOWN} or "not owned".
 */
final class BusOwner {
    private static final String SECRETS = "org.freedesktop.secrets";
    private static final int TIMEOUT_MS = 2_000;

    private final LibSecret api;
    private final GlibValues glib;
    private final Pointer cancellable;

    BusOwner(LibSecret api, GlibValues glib, Pointer cancellable) {
        this.api = api;
        this.glib = glib;
        this.cancellable = cancellable;
    }

    boolean secretsNameOwned() {
        Pointer child = askBus("NameHasOwner");
        if (child == null) {
            return false;
        }
        try {
            return api.g_variant_get_boolean(child);
        } finally {
            api.g_variant_unref(child);
        }
    }

    Provider provider() {
        Pointer child = askBus("GetConnectionUnixProcessID");
        if (child == null) {
            return Provider.UNKNOWN;
        }
        try {
            return Provider.ofProcess(Integer.toUnsignedLong(api.g_variant_get_uint32(child)));
        } finally {
            api.g_variant_unref(child);
        }
    }

    /** The first value of the bus daemon's reply to {@code method(SECRETS)}, or null; unref it after use. */
    private Pointer askBus(String method) {
        PointerByReference error = new PointerByReference();
        Pointer bus = api.g_bus_get_sync(LibSecret.G_BUS_TYPE_SESSION, cancellable, error);
        if (bus == null) {
            glib.takeError(error);
            return null;
        }
        try {
            Pointer reply = api.g_dbus_connection_call_sync(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus", method, api.g_variant_new("(s)", SECRETS), null, 0, TIMEOUT_MS,
                    cancellable, error);
            if (reply == null) {
                glib.takeError(error);
                return null;
            }
            try {
                return api.g_variant_get_child_value(reply, new NativeLong(0));
            } finally {
                api.g_variant_unref(reply);
            }
        } finally {
            api.g_object_unref(bus);
        }
    }
}
