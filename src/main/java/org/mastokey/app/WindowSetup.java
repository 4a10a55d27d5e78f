package org.mastokey.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** What the wizard's and the saved accounts' windows share: the remembered theme and size, title and minimum size. */
final class WindowSetup {
    private static final double MIN_WIDTH = 620;
    private static final double MIN_HEIGHT = 480;

    private WindowSetup() {
    }

    /**
     * The theme the user chose last; switching it applies and remembers it. Call it before creating
     * the first control: a control class, once loaded, installs JavaFX's default theme (Modena) unless
     * a user-agent sheet is set already, and loading Modena only to replace it cost ~25% of the FX
     * thread's time to the first frame.
     */
    static BooleanProperty rememberedTheme(Settings settings) {
        BooleanProperty dark = new SimpleBooleanProperty(settings.dark());
        WizardWindow.applyTheme(dark.get());
        dark.addListener((obs, old, now) -> {
            WizardWindow.applyTheme(now);
            settings.dark(now);
        });
        return dark;
    }

    /**
     * The window may not get smaller than its content needs (that depends on the language and on what
     * the page shows), so that nothing is cut off; the content is checked after each layout.
     */
    private static void keepEverythingVisible(Stage stage, Scene scene) {
        Runnable fit = () -> {
            if (stage.getScene() != scene) {
                return;
            }
            double frame = Math.max(0, stage.getWidth() - scene.getWidth());
            double needed = Math.max(MIN_WIDTH, Math.ceil(scene.getRoot().minWidth(-1) + frame));
            if (needed != stage.getMinWidth()) {
                stage.setMinWidth(needed);
            }
        };
        scene.addPostLayoutPulseListener(fit);
        fit.run();
    }

    /** Shows the content at the remembered size; the size is remembered again when the window closes. */
    static Scene show(Stage stage, Parent content, Settings settings, String title) {
        Scene scene = new Scene(content, settings.windowWidth(), settings.windowHeight());
        stage.setScene(scene);
        stage.setTitle(title);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnHidden(e -> settings.windowSize(scene.getWidth(), scene.getHeight()));
        stage.setOnCloseRequest(null);
        stage.show();
        keepEverythingVisible(stage, scene);
        return scene;
    }
}
