package org.mastokey.ui.wizard.authorize;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.web.WebView;

/**
 * WebKit paints a page's unstyled form controls (fields, buttons, check boxes, selects, the scroll bar)
 * with JavaFX controls it keeps as children of the WebView, so the app's theme styles them: in dark mode
 * a sign-in page got dark fields under the page's black text. A browser shows such a page in its light
 * look, so the WebView carries Primer's light sheet itself. Primer keeps its colours in looked-up
 * colours on {@code .root}; the WebView takes that class too, so its controls resolve the light ones
 * from it instead of the scene's root. A sheet on a parent outranks the user-agent sheet.
 *
 * <p>WebKit adds such a control while it paints, sometimes when the pulse's CSS pass is already over;
 * it then painted the control before it had a skin, and kept that paint (snac's fields and OK button
 * stayed invisible until clicked). So each control gets its CSS and layout the moment it is added.
 */
final class LightFormControls {
    private static final String LIGHT_SHEET = "/atlantafx/base/theme/primer-light.css";

    private LightFormControls() {
    }

    static void applyTo(WebView view) {
        java.net.URL sheet = LightFormControls.class.getResource(LIGHT_SHEET);
        if (sheet != null) {
            view.getStyleClass().add("root");
            view.getStylesheets().add(sheet.toExternalForm());
        }
        view.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                for (Node added : change.getAddedSubList()) {
                    if (added instanceof Parent control) {
                        control.applyCss();
                        control.layout();
                    }
                }
            }
        });
    }
}
