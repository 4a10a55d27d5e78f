package org.mastokey.ui.accounts;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.mastokey.account.AccountCheck;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Handles on the saved-accounts view: a card by its account, its parts by stable fx:ids. */
abstract class AccountsRobot extends FxRobot {
    protected AccountsTestBed bed;

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

    protected void start(AccountsTestBed testBed) throws TimeoutException {
        start(testBed, Locale.ENGLISH);
    }

    protected void start(AccountsTestBed testBed, Locale locale) throws TimeoutException {
        this.bed = testBed;
        FxToolkit.setupFixture(() -> {
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            bed.show(stage, locale);
            stage.setX(0);
            stage.setY(0);
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected List<AccountCard> cards() {
        return on(() -> bed.window().view().controller().cards());
    }

    protected Node card(String acct) {
        return on(() -> lookup(".account-card").queryAll().stream()
                .filter(n -> acct.equals(n.getUserData())).findFirst().orElse(null));
    }

    protected boolean hasCard(String acct) {
        return card(acct) != null;
    }

    protected AccountCheck.State state(String acct) {
        return on(() -> cards().stream().filter(c -> c.saved().acct().equals(acct)).findFirst().orElseThrow().state());
    }

    /** A part of the account's card, by fx:id (e.g. "#statusChip"). */
    protected Node part(String acct, String id) {
        return on(() -> {
            Node card = card(acct);
            if (card == null) {
                throw new AssertionError("no card for " + acct);
            }
            return card.lookup(id);
        });
    }

    protected String text(String acct, String id) {
        return on(() -> {
            Node n = part(acct, id);
            return n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText();
        });
    }

    protected boolean visible(String acct, String id) {
        return on(() -> {
            Node n = part(acct, id);
            return n != null && n.isVisible() && n.isManaged();
        });
    }

    protected void click(String acct, String id) {
        Node n = part(acct, id);
        waitUntil(id + " is enabled", () -> !n.isDisabled() && n.isVisible());
        clickOn(n);
    }

    protected String notice() {
        return on(() -> {
            Labeled n = lookup("#notice").query();
            return n.isVisible() ? n.getText() : "";
        });
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
            throw new AssertionError("timed out waiting until " + what + " (cards: " + describeCards() + ")");
        }
    }

    protected void waitForState(String acct, AccountCheck.State expected) {
        waitUntil(acct + " shows " + expected, () -> state(acct) == expected);
    }

    private String describeCards() {
        return on(() -> cards().stream().map(c -> c.saved().acct() + "=" + c.state() + " message="
                + ((Labeled) c.root().lookup("#message")).getText()).toList().toString());
    }
}
