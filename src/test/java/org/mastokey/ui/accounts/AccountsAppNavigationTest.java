package org.mastokey.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.account.SavedAccounts;
import org.mastokey.app.MastokeyApp;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.RequiresTestKeyring;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.oauth.Scopes;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app (composition root, OS keychain = the throw-away Secret Service): with an account saved
 * it starts on the saved accounts; "Add account" opens the wizard; cancelling the wizard comes back.
 */
@RequiresTestKeyring
class AccountsAppNavigationTest extends FxRobot {
    private AccountsTestBed bed;
    private Application app;
    private String acct;

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        if (acct != null) {
            new SavedAccounts(new LibsecretStore()).remove(acct);
        }
        if (bed != null) {
            bed.close();
        }
    }

    @Test
    void startsOnTheSavedAccountsAndAddAccountLeadsToTheWizardAndBack() throws Exception {
        bed = new AccountsTestBed(new LibsecretStore(), Duration.ofSeconds(60));
        acct = bed.saveLogin(ScriptedBrowser.alice(), Scopes.of("read"), "").acct();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(MastokeyApp.class);

        waitFor("the saved accounts show", () -> lookup(".account-card").queryAll().stream().anyMatch(n -> acct.equals(n.getUserData())));
        clickOn("#addButton");
        waitFor("the wizard shows", () -> lookup("#addressField").tryQuery().isPresent());
        clickOn("#cancelButton");
        waitFor("back on the saved accounts", () -> lookup("#addButton").tryQuery().isPresent());
        assertThat(lookup("#addressField").tryQuery()).isEmpty();
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }
}
