package org.mastokey.app;

import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mastokey.ui.wizard.Wizard;
import org.mastokey.ui.wizard.WizardExit;
import org.mastokey.ui.wizard.WizardModel;
import org.mastokey.ui.wizard.WizardServices;

/**
 * Puts the wizard into a window: Primer light or dark theme, the remembered size, the keychain check
 * before the flow starts. Used by the app and by the UI tests, so both see the same window.
 */
public final class WizardWindow {
    public static final double DEFAULT_WIDTH = 760;
    public static final double DEFAULT_HEIGHT = 560;

    private final Wizard wizard;
    private final Scene scene;
    private final BooleanProperty dark;

    private WizardWindow(Wizard wizard, Scene scene, BooleanProperty dark) {
        this.wizard = wizard;
        this.scene = scene;
        this.dark = dark;
    }

    public static WizardWindow show(Stage stage, WizardModel model, WizardServices services, Settings settings, WizardExit exit) {
        services.background().run(() -> services.accounts().store().status(),
                status -> model.keychainStatusProperty().set(status),
                e -> model.keychainStatusProperty().set(org.mastokey.keystore.SecretStore.Status.UNAVAILABLE));
        Wizard wizard = Wizard.create(model, services, exit);
        BooleanProperty dark = new SimpleBooleanProperty(settings.dark());
        applyTheme(dark.get());
        dark.addListener((obs, old, now) -> {
            applyTheme(now);
            settings.dark(now);
        });
        wizard.shell().bindTheme(dark);
        Scene scene = new Scene(wizard.root(), settings.windowWidth(), settings.windowHeight());
        stage.setScene(scene);
        stage.setTitle(services.texts().get("app.title"));
        stage.setMinWidth(620);
        stage.setMinHeight(480);
        stage.setOnHidden(e -> settings.windowSize(scene.getWidth(), scene.getHeight()));
        stage.show();
        return new WizardWindow(wizard, scene, dark);
    }

    /**
     * AtlantaFX 2.1.0's classes are compiled for Java 21, so on Java 17 we use its Primer style sheets
     * straight from the jar; they need none of its classes.
     */
    public static void applyTheme(boolean dark) {
        primerSheet(dark ? "primer-dark.css" : "primer-light.css").ifPresent(Application::setUserAgentStylesheet);
    }

    /**
     * From the class path, an ordinary resource; {@code javafx:run} leaves the AtlantaFX jar off the
     * class path, so there the pom names the jar ({@code mastokey.primer.jar}) and the sheet is read from it.
     */
    static java.util.Optional<String> primerSheet(String name) {
        String path = "atlantafx/base/theme/" + name;
        java.net.URL url = WizardWindow.class.getResource("/" + path);
        if (url != null) {
            return java.util.Optional.of(url.toExternalForm());
        }
        String jar = System.getProperty("mastokey.primer.jar", "");
        if (jar.isBlank() || !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(jar))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("jar:" + java.nio.file.Path.of(jar).toUri() + "!/" + path);
    }

    public Wizard wizard() {
        return wizard;
    }

    public Scene scene() {
        return scene;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
