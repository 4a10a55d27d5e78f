package org.mastokey.app;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs work on the FX thread once the first frame of a newly shown window is on screen (after the
 * second pulse, the same moment {@code --exit-after-first-frame} reports), so that nothing that can
 * wait competes with the first frame for the CPU: the keychain probe, the HTTP client's TLS set-up,
 * the wizard's later steps.
 */
final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    static void run(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    // Queued rather than run here, so that it follows whatever else this pulse does.
                    Platform.runLater(action);
                }
            }
        }.start();
    }

    /** Runs each step in its own FX event, one after another, so that pulses (and input) get in between. */
    static void inChunks(BooleanSupplier step) {
        Platform.runLater(() -> {
            if (step.getAsBoolean()) {
                inChunks(step);
            }
        });
    }
}
