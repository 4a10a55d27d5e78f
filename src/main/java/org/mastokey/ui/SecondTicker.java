package org.mastokey.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Calls back once a second on the FX thread. Tests hand the clipboard guard one they step by hand. */
@FunctionalInterface
public interface SecondTicker {
    /** Starts calling {@code tick} once a second; running the returned action stops it. */
    Runnable start(Runnable tick);

    /** The real one: a JavaFX timeline, so ticks arrive on the FX thread. */
    static SecondTicker timeline() {
        return tick -> {
            Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick.run()));
            timeline.setCycleCount(Animation.INDEFINITE);
            timeline.play();
            return timeline::stop;
        };
    }
}
