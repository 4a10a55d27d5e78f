package org.mastokey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FxTasksTest {
    private final ExecutorService workers = TestWorkers.start("fx-tasks-test");

    @BeforeAll
    static void startToolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test in this JVM started it
        }
    }

    @AfterEach
    void stopWorkers() throws InterruptedException {
        TestWorkers.stop(workers);
    }

    /**
     * The race a person meets when pressing Cancel just as the answer arrives: the work has returned
     * and its hand-back is queued on the FX thread behind the cancel. Nothing may be reported then.
     */
    @Test
    void aTaskCancelledAfterItsWorkFinishedReportsNothing() throws Exception {
        AtomicReference<String> delivered = new AtomicReference<>();
        CompletableFuture<Boolean> cancelled = new CompletableFuture<>();
        CountDownLatch workReturned = new CountDownLatch(1);

        Platform.runLater(() -> {
            Task<String> task = new FxTasks(workers).run(() -> "late answer", delivered::set,
                    failure -> delivered.set("failure: " + failure));
            try {
                // FutureTask is done once call() has returned, after it queued the hand-back on this thread
                while (!task.isDone()) {
                    Thread.onSpinWait();
                }
                workReturned.countDown();
            } finally {
                cancelled.complete(task.cancel());
            }
        });
        assertThat(workReturned.await(10, TimeUnit.SECONDS)).as("the work returned").isTrue();
        assertThat(cancelled.get(10, TimeUnit.SECONDS)).as("JavaFX's own cancel came too late").isFalse();
        drainFxQueue();

        assertThat(delivered.get()).as("what reached the UI after Cancel").isNull();
    }

    @Test
    void aTaskNotCancelledDeliversItsResultOnTheFxThread() throws Exception {
        CompletableFuture<String> delivered = new CompletableFuture<>();
        Platform.runLater(() -> new FxTasks(workers).run(() -> "answer",
                value -> delivered.complete(value + (Platform.isFxApplicationThread() ? " on fx" : " elsewhere")),
                delivered::completeExceptionally));

        assertThat(delivered.get(10, TimeUnit.SECONDS)).isEqualTo("answer on fx");
    }

    /** Everything queued on the FX thread before this call has run when it returns. */
    private static void drainFxQueue() throws Exception {
        CompletableFuture<Void> marker = new CompletableFuture<>();
        Platform.runLater(() -> Platform.runLater(() -> marker.complete(null)));
        marker.get(10, TimeUnit.SECONDS);
    }
}
