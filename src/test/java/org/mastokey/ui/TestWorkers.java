package org.mastokey.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.mastokey.net.DaemonThreads;

/** The background workers a test bed hands the UI: daemons, so a forgotten one never holds the JVM. */
public final class TestWorkers {
    private TestWorkers() {
    }

    public static ExecutorService start(String name) {
        return Executors.newCachedThreadPool(DaemonThreads.factory(name));
    }

    public static void stop(ExecutorService workers) throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
