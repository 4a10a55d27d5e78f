package org.mastokey.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.mastokey.keystore.SecretStores;
import org.mastokey.ui.Texts;

/**
 * What the first frame needs and the JavaFX toolkit does not, prepared on a daemon thread while the
 * toolkit starts (GTK's set-up keeps the launcher thread busy for ~60 ms and the FX thread idle).
 * The launcher calls {@link #begin()} before {@code Application.launch}; the app's {@code start}
 * {@link #take() takes} the result, or prepares it there and then when nothing was begun (the UI
 * tests start the app directly).
 *
 * <p>After the settings and texts, the thread loads the classes listed in
 * {@value #CLASS_LIST} (written by {@code packaging/first-frame-classes}), so that the FX thread finds
 * them defined (about 2,800 classes, mostly JavaFX's; without a CDS archive reading and defining them
 * was a third of the FX thread's work up to the first frame). It only loads them: a JavaFX class's
 * static initialiser could do toolkit work on the wrong thread this early (a control class installs
 * the default theme, for one), and linking them too saved the FX thread little for a lot more work
 * (verification loads further classes). A list that is out of date costs speed, never correctness.
 */
final class HeadStart {
    static final String CLASS_LIST = "first-frame-classes.txt";
    /** {@code -Dmastokey.headStart=false} turns it off, for benchmarks and for writing the class list. */
    static final String SWITCH = "mastokey.headStart";
    /**
     * {@code -Dmastokey.headStart.classes=false} skips the class loading only: the installers built on JDK 25
     * set it, as their AOT cache has these classes loaded before {@code main} runs (measured there: no gain,
     * a busier second core).
     */
    static final String CLASSES_SWITCH = "mastokey.headStart.classes";

    /** What {@code start} needs at once; the engine is pure service layer (the keychain is not touched yet). */
    record Prepared(Settings settings, Texts texts, Engine engine) {
    }

    private static final AtomicReference<CompletableFuture<Prepared>> PENDING = new AtomicReference<>();

    private HeadStart() {
    }

    /** Starts preparing on a daemon thread; call it once, on the desktop path only (the CLI loads no JavaFX). */
    static void begin() {
        CompletableFuture<Prepared> prepared = new CompletableFuture<>();
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true")) || !PENDING.compareAndSet(null, prepared)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                prepared.complete(prepare());
            } catch (RuntimeException | Error e) {
                prepared.completeExceptionally(e);
            }
            if (Boolean.parseBoolean(System.getProperty(CLASSES_SWITCH, "true"))) {
                preloadClasses();
            }
        }, "mastokey-head-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** What {@link #begin()} prepared (waiting for it if need be), else the same prepared on this thread. */
    static Prepared take() {
        CompletableFuture<Prepared> pending = PENDING.getAndSet(null);
        if (pending != null) {
            try {
                return pending.join();
            } catch (CompletionException e) {
                // Fall through: preparing again here reports the failure the way it always did.
            }
        }
        return prepare();
    }

    private static Prepared prepare() {
        Settings settings = Settings.user();
        settings.dark(); // the first read parses the preferences file
        return new Prepared(settings, new Texts(Locale.getDefault()), Engine.create(SecretStores.forCurrentOs()));
    }

    private static void preloadClasses() {
        ClassLoader loader = HeadStart.class.getClassLoader();
        for (String name : listedClasses()) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // gone or renamed since the list was written: it loads when (if) it is needed
            }
        }
    }

    /** The class names in {@value #CLASS_LIST}, in order; none when it is missing (a speed-up only). */
    static java.util.List<String> listedClasses() {
        try (InputStream in = HeadStart.class.getResourceAsStream(CLASS_LIST)) {
            if (in == null) {
                return java.util.List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            return java.util.List.of();
        }
    }
}
