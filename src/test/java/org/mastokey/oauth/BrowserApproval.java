package org.mastokey.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.mastokey.net.Secret;

import java.net.URI;
import org.mastokey.demo.ScriptedBrowser;

/** Test helper: the scripted browser approves an authorize URL and the code is taken from where it ended. */
public final class BrowserApproval {
    private BrowserApproval() {
    }

    /** Signs in, approves and returns the code (from the undelivered redirect or the OOB page). */
    public static Secret code(ScriptedBrowser browser, URI authorizeUri) {
        try {
            ScriptedBrowser.Outcome outcome = browser.withoutDelivery().open(authorizeUri);
            return Secret.of(outcome.code().orElseThrow(() -> new AssertionError("no code; the browser ended with " + outcome)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
