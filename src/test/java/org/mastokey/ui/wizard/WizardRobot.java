package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Handles on the wizard by stable fx:ids, and waits that read the scene on the FX thread. */
public abstract class WizardRobot extends FxRobot {
    protected WizardTestBed bed;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeBed() throws Exception {
        FxToolkit.cleanupStages();
        if (bed != null) {
            bed.close();
        }
    }

    protected void start(WizardTestBed testBed) throws TimeoutException {
        this.bed = testBed;
        FxToolkit.setupFixture(() -> {
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            bed.show(stage);
            stage.sizeToScene();
            stage.setX(0);
            stage.setY(0);
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected <T extends Node> T node(String query) {
        return lookup(query).query();
    }

    protected boolean visible(String query) {
        return on(() -> lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false));
    }

    protected String text(String query) {
        return on(() -> {
            Node n = node(query);
            return n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText();
        });
    }

    protected int step() {
        return on(() -> bed.window().wizard().shell().currentIndex());
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
            throw new AssertionError("timed out waiting until " + what + " (step " + step() + ", error: "
                    + (visibleError() ? errorShown() : "none") + ")");
        }
    }

    private boolean visibleError() {
        return lookup("#errorText").queryAll().stream().anyMatch(Node::isVisible);
    }

    protected String errorShown() {
        return on(() -> lookup("#errorText").queryAll().stream().filter(n -> n.isVisible() && n.getScene() != null)
                .map(n -> ((Labeled) n).getText()).findFirst().orElse(""));
    }

    protected void typeAddress(String address) {
        fx(() -> ((TextInputControl) node("#addressField")).setText(address));
    }

    protected void next() {
        waitUntil("Next is enabled", () -> !node("#nextButton").isDisabled());
        clickOn("#nextButton");
    }

    /** Server (found and previewed) → Scopes (default preset) → Authorize. */
    protected void toAuthorizeStep() {
        typeAddress(bed.address());
        waitUntil("the preview card shows", () -> visible("#previewCard"));
        assertThat(text("#serverTitle")).isNotBlank();
        next();
        waitUntil("the scopes step shows", () -> step() == 1);
        next();
        waitUntil("the authorize step shows", () -> step() == 2);
    }

    protected void choose(String methodId) {
        clickOn(methodId);
    }
}
