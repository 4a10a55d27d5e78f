package org.mastokey.ui.wizard;

import java.util.function.ToDoubleFunction;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The place of the steps' pages: the shown one and the ones prepared ahead ({@link HiddenPage}). All are
 * laid out at its size, so a hidden page is always ready at the window's current size, but only the
 * visible one decides how large it must be: the window's minimum stays the shown step's own.
 */
final class PageStack extends StackPane {
    private double widest(ToDoubleFunction<Node> width) {
        return snappedLeftInset() + snappedRightInset() + largest(width);
    }

    private double tallest(ToDoubleFunction<Node> height) {
        return snappedTopInset() + snappedBottomInset() + largest(height);
    }

    private double largest(ToDoubleFunction<Node> size) {
        return getManagedChildren().stream().filter(Node::isVisible).mapToDouble(size).max().orElse(0);
    }

    @Override
    protected double computeMinWidth(double height) {
        return widest(n -> n.minWidth(-1));
    }

    @Override
    protected double computeMinHeight(double width) {
        return tallest(n -> n.minHeight(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return widest(n -> n.prefWidth(-1));
    }

    @Override
    protected double computePrefHeight(double width) {
        return tallest(n -> n.prefHeight(-1));
    }
}
