package org.mastokey.ui.accounts;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.mastokey.account.AccountCheck;
import org.mastokey.ui.FxTestRobot;
import org.testfx.api.FxToolkit;

/** Handles on the saved-accounts view: a card by its account, its parts by stable fx:ids. */
abstract class AccountsRobot extends FxTestRobot {
    protected AccountsTestBed bed;

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
        onPrimaryStage(stage -> bed.show(stage, locale));
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
        return on(() -> textOf(part(acct, id)));
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

    @Override
    protected String situation() {
        return " (cards: " + describeCards() + ")";
    }

    protected void waitForState(String acct, AccountCheck.State expected) {
        // Until the list is rebuilt (an import says so before) the account has no card yet: not a failure, a wait.
        waitUntil(acct + " shows " + expected,
                () -> cards().stream().anyMatch(c -> c.saved().acct().equals(acct) && c.state() == expected));
    }

    private String describeCards() {
        return on(() -> cards().stream().map(c -> c.saved().acct() + "=" + c.state() + " message="
                + ((Labeled) c.root().lookup("#message")).getText()).toList().toString());
    }
}
