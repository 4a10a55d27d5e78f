package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.AfterEach;
import org.mastokey.ui.FxTestRobot;
import org.testfx.api.FxToolkit;

/** Handles on the wizard by stable fx:ids, and waits that read the scene on the FX thread. */
public abstract class WizardRobot extends FxTestRobot {
    protected WizardTestBed bed;

    @AfterEach
    void closeBed() throws Exception {
        FxToolkit.cleanupStages();
        if (bed != null) {
            bed.close();
        }
    }

    protected void start(WizardTestBed testBed) throws TimeoutException {
        this.bed = testBed;
        onPrimaryStage(stage -> {
            bed.show(stage);
            stage.sizeToScene();
        });
    }

    /**
     * The node the query names, on the page shown if it names nodes on several (the steps prepared ahead are in
     * the window too, hidden).
     */
    protected <T extends Node> T node(String query) {
        Set<T> found = lookup(query).queryAll();
        return found.stream().filter(WizardRobot::shown).findFirst().orElseGet(() -> lookup(query).query());
    }

    /** Whether a node the query names is on screen: it and every parent are visible. */
    protected boolean visible(String query) {
        return on(() -> lookup(query).queryAll().stream().anyMatch(WizardRobot::shown));
    }

    protected static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    protected String text(String query) {
        return on(() -> textOf(node(query)));
    }

    protected int step() {
        return on(() -> bed.window().wizard().shell().currentIndex());
    }

    @Override
    protected String situation() {
        return " (step " + step() + ", error: " + (visibleError() ? errorShown() : "none") + ")";
    }

    private boolean visibleError() {
        return lookup("#errorText").queryAll().stream().anyMatch(WizardRobot::shown);
    }

    protected String errorShown() {
        return on(() -> lookup("#errorText").queryAll().stream().filter(WizardRobot::shown)
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

    /** Authorize "In a Mastokey window": the demo's sign-in page loaded in the WebView. */
    protected void openEmbeddedSignIn() {
        choose("#webViewMethod");
        next();
        waitUntil("the sign-in page is loaded", () -> visible("#signInWebView")
                && Boolean.TRUE.equals(engine().executeScript("document.getElementById('username') != null")));
    }

    /** On the embedded sign-in page: alice signs in, and the consent page shows. */
    protected void signInAsAlice() {
        fx(() -> engine().executeScript("document.getElementById('username').value='alice';"
                + "document.getElementById('password').value='wonderland';"
                + "document.getElementById('sign-in').click();"));
        waitUntil("the consent page is loaded", () -> visible("#signInWebView")
                && Boolean.TRUE.equals(engine().executeScript("document.getElementById('authorize') != null")));
    }

    /** The embedded sign-in's engine (call on the FX thread). */
    protected WebEngine engine() {
        return ((WebView) node("#signInWebView")).getEngine();
    }
}
