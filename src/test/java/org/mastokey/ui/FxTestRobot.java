package org.mastokey.ui;

import java.lang.ref.WeakReference;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What every UI test robot needs: the toolkit, reads and actions on the FX thread, and waits with a diagnosis. */
public abstract class FxTestRobot extends FxRobot {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** Shows something on the primary stage, in the top left corner, and waits until it is on screen. */
    protected void onPrimaryStage(Consumer<Stage> show) throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            show.accept(stage);
            stage.setX(0);
            stage.setY(0);
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected <T> T on(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the scene failed", e);
        }
    }

    protected void fx(Runnable action) {
        interact(action);
    }

    protected void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> on(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + situation());
        }
    }

    /** Returns after at least one full garbage collection: a weakly held object is gone. */
    protected static void collectGarbage() {
        WeakReference<Object> sentinel = new WeakReference<>(new Object());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sentinel.get() != null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no garbage collection within 30 s");
            }
            System.gc();
        }
    }

    /** Added to a timeout's message: what the screen showed (override to say more). */
    protected String situation() {
        return "";
    }

    /** The text of a label, button or text field. */
    protected static String textOf(Node node) {
        return node instanceof Labeled l ? l.getText() : ((TextInputControl) node).getText();
    }
}
