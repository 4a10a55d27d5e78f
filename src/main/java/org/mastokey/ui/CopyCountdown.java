package org.mastokey.ui;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;

/**
 * Keeps a label saying what was copied and how many seconds the clipboard still holds it, then that
 * the clipboard was cleared. Another text for the label (or another copy) detaches the previous one.
 */
public final class CopyCountdown {
    private final Label label;
    private final Texts texts;
    private CopiedSecret shown;
    private String countingKey;
    private final InvalidationListener update = obs -> refresh();

    public CopyCountdown(Label label, Texts texts) {
        this.label = label;
        this.texts = texts;
    }

    /** {@code countingKey} is a message with the seconds left as its argument ("Token copied. … in {0} s."). */
    public void show(CopiedSecret copy, String countingKey) {
        detach();
        shown = copy;
        this.countingKey = countingKey;
        copy.secondsLeftProperty().addListener(update);
        copy.phaseProperty().addListener(update);
        refresh();
    }

    /** The label is about to say something else. */
    public void detach() {
        if (shown != null) {
            shown.secondsLeftProperty().removeListener(update);
            shown.phaseProperty().removeListener(update);
            shown = null;
        }
    }

    private void refresh() {
        label.setText(switch (shown.phase()) {
            case COUNTING -> texts.get(countingKey, shown.secondsLeft());
            case CLEARED -> texts.get("clipboard.cleared");
            case LEFT_ALONE -> texts.get("clipboard.leftAlone");
            case REPLACED -> texts.get("clipboard.replaced");
        });
    }
}
