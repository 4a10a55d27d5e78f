package org.mastokey.net;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads that never keep the JVM alive: a forgotten executor, an abandoned discovery or a reader blocked
 * on standard input must not stop the command line or the app from exiting. Every thread Mastokey starts
 * comes from here, named so that a thread dump says whose it is.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** A factory for executors; its threads are named {@code name-1}, {@code name-2}, … */
    public static ThreadFactory factory(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> create(name + "-" + count.incrementAndGet(), task);
    }

    /** Starts {@code task} on a new daemon thread called {@code name}. */
    public static Thread start(Runnable task, String name) {
        Thread thread = create(name, task);
        thread.start();
        return thread;
    }

    private static Thread create(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
