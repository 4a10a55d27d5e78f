package org.mastokey.ui.wizard.authorize;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import org.mastokey.account.Login;
import org.mastokey.account.PendingLogin;
import org.mastokey.ui.wizard.WizardServices;

/** The sign-in page in the user's own browser: opening it (again), its link, and waiting for the way back. */
final class BrowserWait {
    /** How long to wait for the browser to come back before giving up with a message. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final WizardServices services;
    private final Attempts attempts;

    BrowserWait(WizardServices services, Attempts attempts) {
        this.services = services;
        this.attempts = attempts;
    }

    /** Opens the page and waits, off the FX thread, until the server redirects to our loopback receiver. */
    void start(PendingLogin pending, Consumer<Login> onLogin, Consumer<Throwable> onFailure) {
        open(pending);
        attempts.run(() -> services.flow().finish(pending, pending.awaitCallback(TIMEOUT)), onLogin, onFailure);
    }

    void open(PendingLogin pending) {
        if (pending != null) {
            services.browser().open(pending.authorizeUri());
        }
    }

    /** For opening the page on another device. */
    static void copyLink(PendingLogin pending) {
        if (pending != null) {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, pending.authorizeUri().toString()));
        }
    }
}
