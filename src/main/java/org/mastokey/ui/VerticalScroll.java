package org.mastokey.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A page that scrolls up and down, never sideways: it is as wide as the window, never narrower than
 * its content's minimum width (so the window's minimum size includes it), and as tall as the window
 * or its content, whichever is more (so nothing at the bottom is squeezed under a too-short page).
 */
public final class VerticalScroll extends ScrollPane {
    /** Room for the vertical scroll bar, which shows once the content is taller than the window. */
    private static final double SCROLL_BAR = 14;

    public VerticalScroll() {
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        contentProperty().addListener((obs, old, now) -> fillHeight(now));
    }

    public VerticalScroll(Node content) {
        this();
        setContent(content);
    }

    private void fillHeight(Node content) {
        if (content instanceof Region region) {
            region.minHeightProperty().bind(Bindings.createDoubleBinding(
                    () -> getViewportBounds().getHeight(), viewportBoundsProperty()));
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        Node content = getContent();
        return (content == null ? 0 : content.minWidth(-1)) + snappedLeftInset() + snappedRightInset() + SCROLL_BAR;
    }
}
