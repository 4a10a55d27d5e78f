package org.mastokey.ui;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
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
    private PauseTransition pendingClear;

    public ClipboardGuard(Clipboard clipboard, Duration clearAfter) {
        this.clipboard = clipboard;
        this.clearAfter = new SimpleObjectProperty<>(clearAfter);
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

    /** Must be called on the FX thread. */
    public void copySecret(String text) {
        Map<DataFormat, Object> content = new HashMap<>();
        content.put(DataFormat.PLAIN_TEXT, text);
        DataFormat hint = kdeHint();
        if (hint != null) {
            content.put(hint, "secret");
        }
        if (!clipboard.setContent(content)) {
            clipboard.setContent(Map.of(DataFormat.PLAIN_TEXT, text));
        }
        scheduleClear(text);
    }

    private void scheduleClear(String text) {
        if (pendingClear != null) {
            pendingClear.stop();
        }
        pendingClear = new PauseTransition(javafx.util.Duration.millis(clearAfter().toMillis()));
        pendingClear.setOnFinished(e -> clearIfStill(text));
        pendingClear.play();
    }

    /** Clears the clipboard now if it still holds {@code text}. */
    public void clearIfStill(String text) {
        if (text.equals(clipboard.getString())) {
            clipboard.clear();
        }
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
