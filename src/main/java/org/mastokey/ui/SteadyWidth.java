package org.mastokey.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** A button whose text changes (Show/Hide) keeps one width, so that what sits beside it does not jump. */
public final class SteadyWidth {
    /** Text measured by a {@link Text} and drawn by a skin may differ by a fraction of a pixel. */
    private static final double SLACK = 2;

    private SteadyWidth() {
    }

    /** Sizes {@code labeled} for the widest of {@code texts}, in its current font and padding. */
    public static void fitWidest(Labeled labeled, String... texts) {
        DoubleBinding widest = Bindings.createDoubleBinding(() -> {
            Text probe = new Text();
            probe.setFont(labeled.getFont());
            double text = 0;
            for (String candidate : texts) {
                probe.setText(candidate);
                text = Math.max(text, probe.getLayoutBounds().getWidth());
            }
            Insets insets = labeled.getInsets();
            Insets padding = labeled.getLabelPadding();
            return Math.ceil(text + insets.getLeft() + insets.getRight() + padding.getLeft() + padding.getRight() + SLACK);
        }, labeled.fontProperty(), labeled.insetsProperty(), labeled.labelPaddingProperty());
        labeled.minWidthProperty().bind(widest);
        labeled.prefWidthProperty().bind(widest);
    }
}
