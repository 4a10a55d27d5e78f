package org.mastokey.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ToggleButton;

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
    }
}
