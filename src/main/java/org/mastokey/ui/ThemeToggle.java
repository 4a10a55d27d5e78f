package org.mastokey.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The "Dark" button in the header of the wizard and of the saved accounts. */
public final class ThemeToggle {
    private ThemeToggle() {
    }

    /** Lets the toggle switch the app's dark-theme property; null hides it. */
    public static void bind(ToggleButton toggle, BooleanProperty dark) {
        if (dark == null) {
            toggle.setVisible(false);
            return;
        }
        toggle.selectedProperty().bindBidirectional(dark);
        // A bidirectional binding holds both sides weakly, and nobody else need keep the app's property:
        // the toggle does, or the property is collected and the toggle silently stops switching the theme.
        toggle.getProperties().put(ThemeToggle.class, dark);
        // A focused button fires on Enter (Linux, Windows). After a click on the toggle that flipped the
        // theme where the user meant the window's main action; Space still switches it.
        toggle.addEventFilter(KeyEvent.ANY, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                    pressDefaultButton(toggle.getScene());
                }
            }
        });
    }

    private static void pressDefaultButton(Scene scene) {
        if (scene == null) {
            return;
        }
        for (Node node : scene.getRoot().lookupAll(".button")) {
            if (node instanceof Button button && button.isDefaultButton() && button.isVisible() && !button.isDisabled()
                    && button.getScene() == scene) {
                button.fire();
                return;
            }
        }
    }
}
