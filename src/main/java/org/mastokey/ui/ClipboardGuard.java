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
    /** What runs the delayed clear: a JavaFX timer in the app; in a test, the test itself. */
    @FunctionalInterface
    public interface Timer {
        /** Runs {@code task} on the FX thread after {@code delay}; the returned action cancels it. */
        Runnable after(Duration delay, Runnable task);
    }

    private static final String KDE_HINT_MIME = "x-kde-passwordManagerHint";
    private static final Timer FX_TIMER = (delay, task) -> {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> task.run());
        pause.play();
        return pause::stop;
    };

    private final Clipboard clipboard;
    private final ObjectProperty<Duration> clearAfter;
    private final Timer timer;
    private Runnable cancelPendingClear;

    public ClipboardGuard(Clipboard clipboard, Duration clearAfter) {
        this(clipboard, clearAfter, FX_TIMER);
    }

    public ClipboardGuard(Clipboard clipboard, Duration clearAfter, Timer timer) {
        this.clipboard = clipboard;
        this.clearAfter = new SimpleObjectProperty<>(clearAfter);
        this.timer = timer;
    }

    public Duration clearAfter() {
        return clearAfter.get();
    }

    /** The user may change the delay (the app remembers it); it applies to the next copy. */
    public ObjectProperty<Duration> clearAfterProperty() {
        return clearAfter;
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
        if (cancelPendingClear != null) {
            cancelPendingClear.run();
        }
        cancelPendingClear = timer.after(clearAfter(), () -> clearIfStill(text));
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
