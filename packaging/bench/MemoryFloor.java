import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The floors for packaging/bench-memory, run on the app's runtime with the app's JVM options: an empty
 * JavaFX window of the wizard's size, and (with {@code -Dfloor.page=URL}) the same window that then
 * shows a bare WebView loading that page. Prints the lines the app prints under
 * {@code -Dmastokey.benchmark.embeddedSignIn} ({@code mark=STEP peak-rss-mb=N rss-mb=N heap-mb=N ms=N}) at
 * the same moments: {@code first-frame} (second pulse after showing), {@code idle} (3 s later) and, with a
 * page, {@code sign-in-page} (1 s after it loaded). With {@code --exit-after-first-frame} (the archive's
 * training run) it prints {@code first-frame-ms=N} instead and exits at the first frame. Before it exits it
 * prints {@code fx-max-stall-ms=N step=the-end}, the longest gap between two pulses since the first frame,
 * as the app does: the floor for that figure.
 */
public final class MemoryFloor {
    private static long previousPulse;
    private static long longestGapMs;

    private MemoryFloor() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            boolean training = getParameters().getRaw().contains("--exit-after-first-frame");
            StackPane root = new StackPane();
            stage.setTitle("Memory floor");
            stage.setScene(new Scene(root, 760, 560));
            stage.setOnShown(event -> new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        if (training) {
                            System.out.println("first-frame-ms=" + sinceStart());
                            exit();
                        }
                        mark("first-frame");
                        measureGaps();
                        after(3000, () -> {
                            mark("idle");
                            loadPageOrExit(root);
                        });
                    }
                }
            }.start());
            stage.show();
        }
    }

    private static void loadPageOrExit(StackPane root) {
        String page = System.getProperty("floor.page");
        if (page == null) {
            exit();
        }
        WebView view = new WebView();
        root.getChildren().add(view);
        view.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                after(1000, () -> {
                    mark("sign-in-page");
                    exit();
                });
            } else if (state == Worker.State.FAILED) {
                System.err.println("MemoryFloor: could not load " + page);
                System.exit(1);
            }
        });
        view.getEngine().load(page);
    }

    private static void measureGaps() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (previousPulse != 0) {
                    longestGapMs = Math.max(longestGapMs, (now - previousPulse) / 1_000_000);
                }
                previousPulse = now;
            }
        }.start();
    }

    private static void after(long ms, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(ms));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void mark(String step) {
        System.out.printf("mark=%s peak-rss-mb=%d rss-mb=%d heap-mb=%d ms=%d%n", step, status("VmHWM:"),
                status("VmRSS:"), Runtime.getRuntime().totalMemory() >> 20, sinceStart());
    }

    private static long status(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith(field))
                    .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) >> 10)
                    .findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void exit() {
        if (previousPulse != 0) {
            System.out.println("fx-max-stall-ms=" + longestGapMs + " step=the-end");
        }
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }
}
