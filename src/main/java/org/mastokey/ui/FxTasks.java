package org.mastokey.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs blocking service calls off the FX thread, on one injectable executor, and hands the result or
 * the failure back on the FX thread. A task cancelled on the FX thread reports nothing afterwards, even
 * when its work had already finished and only the hand-back was still queued: JavaFX's own
 * {@code cancel()} returns false then and the task would still succeed.
 */
public final class FxTasks {
    private final Executor executor;

    public FxTasks(Executor executor) {
        this.executor = executor;
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            private boolean cancelRequested;

            @Override
            protected T call() throws Exception {
                return work.call();
            }

            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                cancelRequested = true;
                return super.cancel(mayInterruptIfRunning);
            }

            @Override
            protected void succeeded() {
                if (!cancelRequested) {
                    onSuccess.accept(getValue());
                }
            }

            @Override
            protected void failed() {
                if (!cancelRequested) {
                    onFailure.accept(getException());
                }
            }
        };
        executor.execute(task);
        return task;
    }
}
