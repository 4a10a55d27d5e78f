package org.mastokey.ui.wizard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;

/**
 * A built step's page placed in the window before it is shown, hidden, so that its style sheet matching
 * and control skins are done in small pieces while the user is still on an earlier step, and its first
 * layout in a pulse then ({@link PageStack} lays hidden pages out too), instead of all in one long FX event
 * when Next shows it (80-90 ms a page, the longest stalls of a sign-in). The page's top-level parts are
 * taken out and put back one at a time, so that each {@link #nextPiece()} styles only that part.
 */
final class HiddenPage {
    private final ScrollPane scroll;
    private final Pane page;
    private final Deque<Node> unstyled = new ArrayDeque<>();

    /** Adds {@code scroll} (the page in its scroll pane) to {@code stack}, hidden. */
    HiddenPage(ScrollPane scroll, Node pageRoot, PageStack stack) {
        this.scroll = scroll;
        this.page = pageRoot instanceof Pane pane ? pane : null;
        if (page != null) {
            unstyled.addAll(List.copyOf(page.getChildren()));
            page.getChildren().clear();
        }
        scroll.setVisible(false);
        stack.getChildren().add(scroll);
        scroll.applyCss();
    }

    ScrollPane scroll() {
        return scroll;
    }

    /** Puts back and styles the next part, and says whether there was one. */
    boolean nextPiece() {
        Node part = unstyled.pollFirst();
        if (part == null) {
            return false;
        }
        page.getChildren().add(part);
        part.applyCss();
        return true;
    }

    boolean isComplete() {
        return unstyled.isEmpty();
    }

    /** Puts back every part not put back yet (the page is about to be shown). */
    void complete() {
        while (!unstyled.isEmpty()) {
            page.getChildren().add(unstyled.pollFirst());
        }
    }
}
