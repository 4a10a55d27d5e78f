package org.mastokey.ui;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * Puts a secret on the clipboard and takes it off again after a while, unless the user has copied
 * something else meanwhile. KDE's clipboard history skips entries that carry the
 * {@code x-kde-passwordManagerHint: secret} hint; JavaFX offers no portable "do not keep in history"
 * flag, so other clipboard managers may still remember the value until it is cleared.
 */
public final class ClipboardGuard {
    private static final String KDE_HINT_MIME = "x-kde-passwordManagerHint";

    private final Clipboard clipboard;
    private final ObjectProperty<Duration> clearAfter;
    private final SecondTicker ticker;
    private CopiedSecret pending;
    private String pendingText;
    private Runnable stopTicking = () -> { };

    public ClipboardGuard(Clipboard clipboard, Duration clearAfter) {
        this(clipboard, clearAfter, SecondTicker.timeline());
    }

    public ClipboardGuard(Clipboard clipboard, Duration clearAfter, SecondTicker ticker) {
        this.clipboard = clipboard;
        this.clearAfter = new SimpleObjectProperty<>(clearAfter);
        this.ticker = ticker;
    }

    public Duration clearAfter() {
        return clearAfter.get();
    }

    /** The user may change the delay (the app remembers it); it applies to the next copy. */
    public ObjectProperty<Duration> clearAfterProperty() {
        return clearAfter;
    }

    /** Copies text that is no secret (a command line, say): never cleared. Must be called on the FX thread. */
    public void copyText(String text) {
        clipboard.setContent(Map.of(DataFormat.PLAIN_TEXT, text));
    }

    /** Must be called on the FX thread. The answer counts down the seconds until the clipboard is cleared. */
    public CopiedSecret copySecret(String text) {
        Map<DataFormat, Object> content = new HashMap<>();
        content.put(DataFormat.PLAIN_TEXT, text);
        DataFormat hint = kdeHint();
        if (hint != null) {
            content.put(hint, "secret");
        }
        if (!clipboard.setContent(content)) {
            clipboard.setContent(Map.of(DataFormat.PLAIN_TEXT, text));
        }
        return scheduleClear(text);
    }

    private CopiedSecret scheduleClear(String text) {
        stopTicking.run();
        if (pending != null) {
            pending.end(CopiedSecret.Phase.REPLACED);
        }
        // Whole seconds, rounded up, so that the count the user reads never promises less time than there is.
        long millis = Math.max(1, clearAfter().toMillis());
        CopiedSecret copy = new CopiedSecret((int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000));
        pending = copy;
        pendingText = text;
        stopTicking = ticker.start(() -> {
            if (copy.tick()) {
                stopTicking.run();
                stopTicking = () -> { };
                pending = null;
                pendingText = null;
                copy.end(clearIfStill(text) ? CopiedSecret.Phase.CLEARED : CopiedSecret.Phase.LEFT_ALONE);
            }
        });
        return copy;
    }

    /**
     * The app is closing: a secret still waiting to be cleared is cleared now if the clipboard still holds
     * it (what the user copied since is left alone). Must be called on the FX thread.
     */
    public void clearNow() {
        stopTicking.run();
        stopTicking = () -> { };
        if (pending != null) {
            CopiedSecret copy = pending;
            String text = pendingText;
            pending = null;
            pendingText = null;
            copy.end(clearIfStill(text) ? CopiedSecret.Phase.CLEARED : CopiedSecret.Phase.LEFT_ALONE);
        }
    }

    /** Clears the clipboard now if it still holds {@code text}; true if it did. */
    private boolean clearIfStill(String text) {
        if (text.equals(clipboard.getString())) {
            clipboard.clear();
            return true;
        }
        return false;
    }

    private static DataFormat kdeHint() {
        try {
            DataFormat existing = DataFormat.lookupMimeType(KDE_HINT_MIME);
            return existing != null ? existing : new DataFormat(KDE_HINT_MIME);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
