package org.mastokey.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.application.Application;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.account.SavedAccounts;
import org.mastokey.app.MastokeyApp;
import org.mastokey.app.Settings;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.RequiresTestKeyring;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.oauth.Scopes;
import org.mastokey.ui.FxTestRobot;
import org.mastokey.ui.ScratchPreferences;
import org.testfx.api.FxToolkit;

/**
 * The real app (composition root, OS keychain = the throw-away Secret Service): with an account saved
 * it starts on the saved accounts; "Add account" opens the wizard; cancelling the wizard comes back.
 * Its settings live in a scratch preferences node, never in the user's.
 */
@RequiresTestKeyring
class AccountsAppNavigationTest extends FxTestRobot {
    private final ScratchPreferences prefs = new ScratchPreferences();
    private AccountsTestBed bed;
    private Application app;
    private String acct;

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty(Settings.NODE_PROPERTY);
        prefs.close();
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
        prefs.settings().dark(true);
        System.setProperty(Settings.NODE_PROPERTY, prefs.path());
        app = FxToolkit.setupApplication(MastokeyApp.class);

        waitUntil("the saved accounts show", () -> lookup(".account-card").queryAll().stream().anyMatch(n -> acct.equals(n.getUserData())));
        assertThat(on(() -> ((ToggleButton) lookup("#themeToggle").query()).isSelected()))
                .as("the app reads the scratch settings (dark there)").isTrue();
        clickOn("#addButton");
        waitUntil("the wizard shows", () -> lookup("#addressField").tryQuery().isPresent());
        clickOn("#cancelButton");
        waitUntil("back on the saved accounts", () -> lookup("#addButton").tryQuery().isPresent());
        assertThat(lookup("#addressField").tryQuery()).isEmpty();
    }
}
