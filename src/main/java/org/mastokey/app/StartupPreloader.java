package org.mastokey.app;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.mastokey.account.Engine;
import org.mastokey.keystore.SecretStores;
import org.mastokey.net.DaemonThreads;
import org.mastokey.ui.KeychainApprovalNotice;
import org.mastokey.ui.Texts;

/**
 * What the first frame needs and the JavaFX toolkit does not, prepared on a daemon thread while the
 * toolkit starts (GTK's set-up keeps the launcher thread busy for ~60 ms and the FX thread idle).
 * The launcher calls {@link #begin()} before {@code Application.launch}; the app's {@code start}
 * {@link #take() takes} the result, or prepares it there and then when nothing was begun (the UI
 * tests start the app directly).
 */
final class StartupPreloader {
    /** {@code -Dmastokey.headStart=false} turns it off, for benchmarks. */
    static final String SWITCH = "mastokey.headStart";

    /**
     * What {@code start} needs at once; the engine is pure service layer (the keychain is not touched yet).
     * The notice hears from the engine's keychain when its own dialog waits for the person.
     */
    record Prepared(Settings settings, Texts texts, Engine engine, KeychainApprovalNotice approvalNotice) {
    }

    private static final AtomicReference<CompletableFuture<Prepared>> PENDING = new AtomicReference<>();

    private StartupPreloader() {
    }

    /** Starts preparing on a daemon thread; call it once, on the desktop path only (the CLI loads no JavaFX). */
    static void begin() {
        CompletableFuture<Prepared> prepared = new CompletableFuture<>();
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true")) || !PENDING.compareAndSet(null, prepared)) {
            return;
        }
        DaemonThreads.start(() -> {
            try {
                prepared.complete(prepare());
            } catch (RuntimeException | Error e) {
                prepared.completeExceptionally(e);
            }
        }, "mastokey-preloader");
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
        KeychainApprovalNotice notice = new KeychainApprovalNotice();
        return new Prepared(settings, new Texts(Locale.getDefault()), Engine.create(SecretStores.forCurrentOs(notice)), notice);
    }
}
