package org.mastokey.app;

import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

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
     * <p>
     * While an early shrink by the window manager is being undone, the stage's width is stale (it still
     * says the shrunk width, the window is wider already). Raising the minimum above that width then
     * makes the stage grow itself to the minimum, by its width alone, on a later pulse: GTK drops that
     * request ("gtk_window_resize: assertion 'height > 0' failed") while JavaFX takes it as done, and lays
     * the page out at the minimum width inside the wider window for good. So the minimum waits until the
     * undone size has arrived.
     */
    private static void keepEverythingVisible(Stage stage, Scene scene, BooleanProperty restoring) {
        Runnable fit = () -> {
            if (stage.getScene() != scene) {
                return;
            }
            double frame = Math.max(0, stage.getWidth() - scene.getWidth());
            double needed = Math.max(MIN_WIDTH, Math.ceil(scene.getRoot().minWidth(-1) + frame));
            if (needed > stage.getWidth() && restoring.get()) {
                return; // checked again on the pulse after the restored size arrives, or when restoring ends
            }
            if (needed != stage.getMinWidth()) {
                stage.setMinWidth(needed);
            }
        };
        scene.addPostLayoutPulseListener(fit);
        restoring.addListener((obs, was, now) -> {
            if (!now) {
                fit.run();
            }
        });
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
        BooleanProperty restoring = new SimpleBooleanProperty(false);
        keepEverythingVisible(stage, scene, restoring);
        keepRequestedSize(stage, scene, restoring);
        return scene;
    }

    /**
     * Openbox (under Xvfb, at least) shrinks a newly mapped JavaFX window to its minimum size (to about
     * 200x220 without one), whatever the scene asked for, sometimes before and sometimes after the first
     * pulse. The first such shrink in the window's first seconds is undone; a size asked for once the
     * window is mapped is honoured. {@code restoring} is true from the undo until the window reports the
     * size back (the stage tells itself at once, inside {@code sizeToScene}; only a later report counts),
     * for one second at most.
     */
    private static void keepRequestedSize(Stage stage, Scene scene, BooleanProperty restoring) {
        double width = scene.getWidth();
        double height = scene.getHeight();
        BooleanSupplier shrunk = () -> scene.getWidth() < width - 1 || scene.getHeight() < height - 1;
        Runnable undo = () -> Platform.runLater(() -> {
            if (stage.isShowing() && !stage.isMaximized() && !stage.isFullScreen()) {
                stage.sizeToScene(); // the size the scene was created with, not its current one
                stage.centerOnScreen();
                restoring.set(true);
                Runnable restored = () -> restoring.set(false);
                watchOnce(Duration.seconds(1), () -> scene.getWidth() >= width - 1, restored, restored,
                        scene.widthProperty());
            }
        });
        watchOnce(Duration.seconds(3), shrunk, undo, () -> { }, scene.widthProperty(), scene.heightProperty())
                .invalidated(null); // it may have shrunk already
    }

    /**
     * Watches {@code sources} for at most {@code limit}: the first time one changes and {@code met} holds,
     * stops watching and runs {@code then}; when the limit passes first, stops and runs {@code timedOut}.
     * Returns the check, for a caller that wants it run at once too.
     */
    private static InvalidationListener watchOnce(Duration limit, BooleanSupplier met, Runnable then, Runnable timedOut,
                                  Observable... sources) {
        PauseTransition timer = new PauseTransition(limit);
        InvalidationListener[] watch = new InvalidationListener[1];
        Runnable stop = () -> {
            for (Observable source : sources) {
                source.removeListener(watch[0]);
            }
            timer.stop();
        };
        watch[0] = obs -> {
            if (met.getAsBoolean()) {
                stop.run();
                then.run();
            }
        };
        for (Observable source : sources) {
            source.addListener(watch[0]);
        }
        timer.setOnFinished(e -> {
            stop.run();
            timedOut.run();
        });
        timer.play();
        return watch[0];
    }
}
