package org.mastokey.keystore.libsecret;

import java.util.concurrent.ExecutorService;
import org.mastokey.keystore.TimeLimit;

/**
 * What every {@link LibsecretStore} in the process shares: libsecret, loaded once and never unloaded,
 * and the one thread that makes every libsecret call.
 *
 * <p>Loaded once: JNA closes (dlclose) a library as soon as no Java object refers to it any more.
 * libsecret does not survive that: GLib keeps pointers to its type names and the D-Bus worker thread
 * keeps its proxies, so a store created after the earlier ones were garbage collected hung until its
 * timeout or crashed the JVM in {@code secret_service_get_sync}. The static field below pins it.
 *
 * <p>One thread: libsecret's process-wide Secret Service proxy is only used, and only dropped, on
 * that thread, so a reconnect never races a call that a caller stopped waiting for but that is still
 * running in native code; it happens after that call has returned.
 */
final class LibsecretRuntime {
    private static final ExecutorService NATIVE_THREAD = TimeLimit.singleThread("mastokey-libsecret");
    private static LibSecret.Loaded loaded;
    private static GlibValues glib;

    private LibsecretRuntime() {
    }

    /** @throws UnsatisfiedLinkError when libsecret is not installed (tried again on the next call) */
    static synchronized LibSecret.Loaded loaded() {
        if (loaded == null) {
            LibSecret.Loaded fresh = LibSecret.load();
            glib = new GlibValues(fresh);
            loaded = fresh;
        }
        return loaded;
    }

    static synchronized GlibValues glib() {
        loaded();
        return glib;
    }

    static TimeLimit timeLimit(String backend) {
        return new TimeLimit(backend, NATIVE_THREAD);
    }

    /** Drops the shared Secret Service proxy once the calls queued before this one have returned. */
    static void disconnectLater() {
        NATIVE_THREAD.execute(() -> loaded().api().secret_service_disconnect());
    }
}
