package org.mastokey.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs blocking service calls off the FX thread, on one injectable executor, and hands the result or
 * the failure back on the FX thread. A cancelled task reports nothing.
 */
public final class FxTasks {
    private final Executor executor;

    public FxTasks(Executor executor) {
        this.executor = executor;
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        executor.execute(task);
        return task;
    }
}
