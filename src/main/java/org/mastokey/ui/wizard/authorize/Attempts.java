package org.mastokey.ui.wizard.authorize;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.mastokey.ui.FxTasks;

/**
 * Numbers each try at getting a token and holds its background work, so that cancelling stops the
 * work and a late answer of an abandoned try is ignored.
 */
final class Attempts {
    private final FxTasks background;
    private int current;
    private Task<?> running;

    Attempts(FxTasks background) {
        this.background = background;
    }

    /** Abandons whatever the last try still runs; its answers are dropped from now on. */
    void abandon() {
        current++;
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** Runs work for the current try; the callbacks only run if the try is still current then. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running = background.run(work, forCurrent(onSuccess), forCurrent(onFailure));
    }

    /** Runs work for the current try next to its main work (which stays the one a cancel stops). */
    <T> void alongside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        background.run(work, forCurrent(onSuccess), forCurrent(onFailure));
    }

    /** Wraps a callback so that it is ignored once the current try has been abandoned. */
    <T> Consumer<T> forCurrent(Consumer<T> action) {
        int attempt = current;
        return value -> {
            if (attempt == current) {
                action.accept(value);
            }
        };
    }

    /** The try's work is over (it succeeded): nothing is left to cancel. */
    void finished() {
        running = null;
    }
}
