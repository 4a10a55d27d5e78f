package org.mastokey.ui.wizard;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The place of the steps' pages: the shown one and the ones prepared ahead ({@link HiddenPage}). All are
 * laid out at its size, so a hidden page is always ready at the window's current size, but only the
 * visible one decides how large it must be: the window's minimum stays the shown step's own.
 */
final class PageStack extends StackPane {
    private List<Node> shown() {
        return getManagedChildren().stream().filter(Node::isVisible).toList();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + shown().stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0);
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + shown().stream().mapToDouble(n -> n.minHeight(-1)).max().orElse(0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + shown().stream().mapToDouble(n -> n.prefWidth(-1)).max().orElse(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + shown().stream().mapToDouble(n -> n.prefHeight(-1)).max().orElse(0);
    }
}
