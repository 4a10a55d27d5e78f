package org.mastokey.ui;

import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * A read-only line that is there to be read whole (a command to type elsewhere): it never gets narrower
 * than its text in its own font, so a layout makes room for it or the window's minimum size grows.
 */
public final class ReadOnlyLine extends TextField {
    /** The caret of a read-only field still takes a pixel or two after the last character. */
    private static final double CARET = 2;

    public ReadOnlyLine() {
        setEditable(false);
        textProperty().addListener(o -> requestLayout());
        fontProperty().addListener(o -> requestLayout());
    }

    @Override
    protected double computeMinWidth(double height) {
        Text measure = new Text(getText() == null ? "" : getText());
        measure.setFont(getFont());
        return snappedLeftInset() + Math.ceil(measure.getLayoutBounds().getWidth()) + CARET + snappedRightInset();
    }
}
