package org.mastokey.ui;

import javafx.scene.Node;
import javafx.stage.Stage;

/** After the sign-in in the browser, the user's next look belongs to Mastokey, which sits behind the browser. */
public final class WindowFront {
    private WindowFront() {
    }

    /** Brings the window that shows {@code node} to the front (window managers may only flash it). */
    public static void raise(Node node) {
        if (node.getScene() != null && node.getScene().getWindow() instanceof Stage stage && stage.isShowing()) {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }
    }
}
