import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * The floor for packaging/bench-startup: an empty JavaFX window of the wizard's size, run on the
 * installed runtime. Prints {@code first-frame-ms=N} (since JVM start) and exits, with the same
 * definition of "first frame" as the wizard's {@code --exit-after-first-frame} (MastokeyApp): the
 * second animation pulse after the window is shown, by which time the first frame is on screen.
 */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Empty window");
            stage.setScene(new Scene(new StackPane(), 760, 560));
            stage.setOnShown(event -> new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("first-frame-ms=" + ms);
                        System.out.flush();
                        Platform.exit();
                        System.exit(0);
                    }
                }
            }.start());
            stage.show();
        }
    }
}
