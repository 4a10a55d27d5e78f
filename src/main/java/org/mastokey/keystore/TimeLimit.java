package org.mastokey.keystore;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mastokey.net.DaemonThreads;

/**
 * Runs a native keychain call on a daemon thread and gives up waiting after a limit, so that a
 * keychain that never answers (a hidden prompt, a stopped daemon, a call that ignores its native
 * cancel) cannot hang the caller. By default a stuck call keeps its own thread and later calls get
 * fresh ones; a backend whose native library wants one thread passes its own {@link #singleThread}.
 */
public final class TimeLimit {
    private static final ExecutorService CALLS = Executors.newCachedThreadPool(DaemonThreads.factory("mastokey-keychain"));
    private static final ScheduledExecutorService TIMERS =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.factory("mastokey-keychain-timer"));

    private final String backend;
    private final ExecutorService calls;

    public TimeLimit(String backend) {
        this(backend, CALLS);
    }

    /** @param calls where the calls run (see {@link #singleThread}) */
    public TimeLimit(String backend, ExecutorService calls) {
        this.backend = backend;
        this.calls = calls;
    }

    /**
     * One daemon thread, kept for the life of the process, that runs every call in order. A call the
     * caller stopped waiting for still finishes there before the next one starts; a call whose caller
     * gave up before it started never runs.
     */
    public static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(DaemonThreads.factory(name));
    }

    /** A call that may throw a {@link KeystoreException} itself. */
    @FunctionalInterface
    public interface KeychainCall<T> {
        T call() throws KeystoreException;
    }

    /**
     * @param action what is being done, for the message ("reading the token")
     * @param limit  how long the caller waits at most
     */
    public <T> T run(String action, Duration limit, KeychainCall<T> call) throws KeystoreException {
        Future<T> future = calls.submit((Callable<T>) call::call);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw KeystoreException.timeout(backend, action, limit);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw KeystoreException.timeout(backend, action, limit);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof KeystoreException k) {
                throw k;
            }
            if (cause instanceof LinkageError || cause instanceof UnsupportedOperationException) {
                throw new KeystoreException(KeystoreException.Reason.UNAVAILABLE,
                        backend + " cannot be used here: " + cause.getMessage(), cause);
            }
            throw new KeystoreException(KeystoreException.Reason.BACKEND_ERROR,
                    backend + " failed while " + action + " (" + cause.getClass().getSimpleName()
                            + "). Try again; if it keeps failing, restart the keyring service.", cause);
        }
    }

    /** Runs {@code task} once after {@code delay} unless cancelled first (native cancel timers). */
    public static ScheduledFuture<?> after(Duration delay, Runnable task) {
        return TIMERS.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
