package org.mastokey.keystore.libsecret;

import com.sun.jna.Pointer;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.mastokey.keystore.TimeLimit;

/**
 * A {@code GCancellable} that a timer cancels at the limit, so a libsecret call waiting on a prompt
 * or a silent daemon returns with {@code G_IO_ERROR_CANCELLED}. Closing it stops the timer and frees
 * the object; the lock keeps the timer from cancelling a freed object.
 */
final class NativeCancel implements AutoCloseable {
    private final LibSecret api;
    private final Pointer cancellable;
    private ScheduledFuture<?> timer;
    private boolean released;

    private NativeCancel(LibSecret api, Pointer cancellable) {
        this.api = api;
        this.cancellable = cancellable;
    }

    static NativeCancel after(LibSecret api, Duration limit) {
        NativeCancel cancel = new NativeCancel(api, api.g_cancellable_new());
        cancel.timer = TimeLimit.after(limit, cancel::cancel);
        return cancel;
    }

    Pointer cancellable() {
        return cancellable;
    }

    private synchronized void cancel() {
        if (!released) {
            api.g_cancellable_cancel(cancellable);
        }
    }

    @Override
    public synchronized void close() {
        timer.cancel(false);
        released = true;
        api.g_object_unref(cancellable);
    }
}
