package org.mastokey.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Run in its own JVM on a real X display by {@link WindowManagerShrinkTest}: shows a window through
 * {@link WindowSetup} at the default size and prints the width the scene was laid out at once the window
 * has settled, then waits for its input to close. Its content grows a little each time the window manager
 * reports a shrink (as the real pages' minimum grows by the frame once the decorations are known), so that
 * the minimum rises exactly while the stage's width is stale.
 */
final class WindowSizeProbe {
    private WindowSizeProbe() {
    }

    public static void main(String[] args) throws Exception {
        String title = args[0];
        Platform.startup(() -> {
            Region content = new Region();
            content.setMinWidth(660); // above WindowSetup's own minimum (620), as the German pages are
            Settings settings = new Settings(Preferences.userRoot().node("org/mastokey/test/window-size-probe"));
            settings.windowSize(760, 560);
            Stage stage = new Stage();
            Scene scene = WindowSetup.show(stage, new StackPane(content), settings, title);
            scene.widthProperty().addListener(o -> {
                if (scene.getWidth() < 750 && content.getMinWidth() < 720) {
                    content.setMinWidth(content.getMinWidth() + 3);
                }
            });
            // no event says "the window manager is done": the window is read once nothing has moved for a while
            PauseTransition settled = new PauseTransition(Duration.seconds(2.5));
            settled.setOnFinished(e -> {
                System.out.println(String.format(Locale.ROOT, "scene %.0f", scene.getWidth()));
                System.out.flush();
            });
            settled.play();
        });
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            while (in.readLine() != null) {
                // the test closes the input once it has read the X window's size
            }
        }
        Platform.exit();
        System.exit(0);
    }
}
