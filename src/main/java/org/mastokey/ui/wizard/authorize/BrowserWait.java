package org.mastokey.ui.wizard.authorize;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import org.mastokey.account.Login;
import org.mastokey.account.PendingLogin;
import org.mastokey.ui.wizard.WizardServices;

/**
 * The sign-in page in the user's own browser: opening it (again), telling when no browser came up,
 * and waiting for the way back.
 */
final class BrowserWait {
    /** How long to wait for the browser to come back before giving up with a message. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final WizardServices services;
    private final Attempts attempts;

    BrowserWait(WizardServices services, Attempts attempts) {
        this.services = services;
        this.attempts = attempts;
    }

    /**
     * Opens the page and waits, off the FX thread, until the server redirects to our loopback receiver;
     * the wait goes on when no browser opens, since the address may still be opened by hand.
     */
    void start(PendingLogin pending, Consumer<Login> onLogin, Consumer<Throwable> onFailure, Consumer<URI> onNoBrowser) {
        open(pending, onNoBrowser);
        attempts.run(() -> services.flow().finish(pending, pending.awaitCallback(TIMEOUT)), onLogin, onFailure);
    }

    /** Opens the page off the FX thread; {@code onNoBrowser} gets its address if no browser could be opened. */
    void open(PendingLogin pending, Consumer<URI> onNoBrowser) {
        if (pending == null) {
            return;
        }
        URI uri = pending.authorizeUri();
        attempts.alongside(() -> services.browser().open(uri), opened -> {
            if (!opened) {
                onNoBrowser.accept(uri);
            }
        }, e -> onNoBrowser.accept(uri));
    }
}
