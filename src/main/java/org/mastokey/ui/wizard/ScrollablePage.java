package org.mastokey.ui.wizard;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.mastokey.ui.VerticalScroll;

/**
 * A step's page in the window: it fills the window, and when its texts need more height (a small
 * window, German, banners) it scrolls instead of cutting wrapped sentences down to one line with "…".
 */
public final class ScrollablePage {
    private ScrollablePage() {
    }

    /** @param name what screen readers call the page (the step's name) */
    static ScrollPane of(Node page, String name) {
        keepWrappedTextWhole(page);
        // The side margins are inside the scrolling part, so its bar sits at the window's edge with the
        // margin between it and the page, as in the saved-accounts window; outside, text ran up to the bar.
        StackPane margins = new StackPane(page);
        margins.setAlignment(Pos.TOP_LEFT);
        margins.getStyleClass().add("page-margins");
        ScrollPane scroll = new VerticalScroll(margins);
        scroll.getStyleClass().add("page-scroll");
        scroll.setAccessibleText(name);
        return scroll;
    }

    /**
     * A wrapped label may not be shrunk below the height of all its lines (unless it has a cap of its own).
     * Done to the whole page when it is first shown; a part added to the page later needs it too.
     */
    public static void keepWrappedTextWhole(Node node) {
        if (node instanceof Label label && label.isWrapText() && label.getMaxHeight() == Region.USE_COMPUTED_SIZE) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        if (node instanceof Parent parent && !(node instanceof Control)) {
            parent.getChildrenUnmodifiable().forEach(ScrollablePage::keepWrappedTextWhole);
        }
    }
}
