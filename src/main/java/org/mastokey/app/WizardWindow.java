package org.mastokey.app;

import java.net.URL;
import java.util.Optional;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.wizard.Wizard;
import org.mastokey.ui.wizard.WizardExit;
import org.mastokey.ui.wizard.WizardModel;
import org.mastokey.ui.wizard.WizardServices;

/**
 * Puts the wizard into a window: Primer light or dark theme, the remembered size, the keychain check
 * (started once the first frame is drawn). Used by the app and by the UI tests, so both see the same window.
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
        BooleanProperty dark = WindowSetup.rememberedTheme(settings); // before the first control: see there
        Wizard wizard = Wizard.create(model, services, exit);
        wizard.shell().bindTheme(dark);
        Scene scene = WindowSetup.show(stage, wizard.root(), settings, services.texts().get("app.title"));
        stage.setOnCloseRequest(e -> {
            if (!wizard.shell().mayClose(stage::close)) {
                e.consume();
            }
        });
        // The keychain probe (D-Bus, maybe a slow keyring) and the later steps wait for the first frame;
        // the first step shows its keychain note when the probe answers.
        AfterFirstFrame.run(() -> {
            services.background().run(() -> services.accounts().store().status(),
                    status -> model.keychainStatusProperty().set(status),
                    e -> model.keychainStatusProperty().set(SecretStore.Status.UNAVAILABLE));
            // The later steps' FXML loads on a worker thread (the FXML loader's first use alone costs ~90 ms); the
            // FX thread then connects, styles and lays them out a piece per event.
            // A page that failed to load fails again, on the FX thread, when its chunk builds it.
            Runnable prepareLaterSteps = () -> AfterFirstFrame.inChunks(wizard.shell()::buildNextPage);
            services.background().run(() -> {
                wizard.shell().loadAhead();
                return null;
            }, loaded -> prepareLaterSteps.run(), failed -> prepareLaterSteps.run());
        });
        return new WizardWindow(wizard, scene, dark);
    }

    /**
     * AtlantaFX 2.1.0's classes are compiled for Java 21, so the build copies only its Primer style
     * sheets into our resources (see pom.xml); they need none of its classes.
     */
    public static void applyTheme(boolean dark) {
        primerSheet(dark ? "primer-dark.css" : "primer-light.css").ifPresent(Application::setUserAgentStylesheet);
    }

    static Optional<String> primerSheet(String name) {
        return Optional.ofNullable(WizardWindow.class.getResource("/atlantafx/base/theme/" + name))
                .map(URL::toExternalForm);
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
