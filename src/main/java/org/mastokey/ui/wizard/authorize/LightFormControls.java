package org.mastokey.ui.wizard.authorize;

import javafx.scene.web.WebView;

/**
 * WebKit paints a page's unstyled form controls (fields, buttons, check boxes, selects, the scroll bar)
 * with JavaFX controls it keeps as children of the WebView, so the app's theme styles them: in dark mode
 * a sign-in page got dark fields under the page's black text. A browser shows such a page in its light
 * look, so the WebView carries Primer's light sheet itself. Primer keeps its colours in looked-up
 * colours on {@code .root}; the WebView takes that class too, so its controls resolve the light ones
 * from it instead of the scene's root. A sheet on a parent outranks the user-agent sheet.
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
    }
}
