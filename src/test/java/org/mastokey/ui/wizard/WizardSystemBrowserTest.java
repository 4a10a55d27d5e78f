package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;

/** The whole wizard, system-browser way, against the fake server over real HTTP. */
class WizardSystemBrowserTest extends WizardRobot {

    @Test
    void signsInThroughTheBrowserShowsTheAccountCopiesAndSaves() throws Exception {
        InMemorySecretStore store = new InMemorySecretStore(SecretStore.Status.AVAILABLE)
                .namedAs(org.mastokey.keystore.KeychainKind.KEEPASSXC);
        start(new WizardTestBed(FakeMastodonOptions.defaults(), store));
        ScriptedBrowser browser = ScriptedBrowser.alice();
        bed.browserDoes(browser::openInBackground);

        toAuthorizeStep();
        assertThat(bed.recent).containsExactly(bed.address());
        assertThat(bed.model.scopesProperty().get().asParameter()).isEqualTo("read");
        assertThat(text("#nextButton")).isEqualTo("Sign in");
        next();

        waitUntil("the confirm step shows", () -> step() == 3);
        assertThat(bed.openedInBrowser).hasSize(1);
        assertThat(bed.openedInBrowser.get(0).getPath()).isEqualTo("/oauth/authorize");
        assertThat(text("#acct")).isEqualTo("@alice@" + bed.server.domain());
        String token = on(() -> bed.model.tokenProperty().get().value().reveal());
        assertThat(text("#tokenField")).doesNotContain(token).startsWith("•");

        double toggleWidth = on(() -> node("#revealToggle").getBoundsInParent().getWidth());
        double fieldWidth = on(() -> node("#tokenField").getBoundsInParent().getWidth());
        clickOn("#revealToggle");
        assertThat(text("#tokenField")).isEqualTo(token);
        assertThat(on(() -> node("#revealToggle").getBoundsInParent().getWidth())).as("Hide is as wide as Show").isEqualTo(toggleWidth);
        assertThat(on(() -> node("#tokenField").getBoundsInParent().getWidth())).as("the token field does not jump").isEqualTo(fieldWidth);
        clickOn("#revealToggle");
        assertThat(text("#tokenField")).doesNotContain(token);

        clickOn("#copyTokenButton");
        assertThat(on(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(token);
        assertThat(text("#copyStatus")).isEqualTo("Token copied. The clipboard will be cleared in 60 s.");
        fx(() -> {
            ChoiceBox<?> clearAfter = (ChoiceBox<?>) node("#clearAfterChoice");
            clearAfter.getSelectionModel().select(clearAfter.getItems().indexOf(Duration.ofSeconds(30)));
        });
        assertThat(on(() -> bed.clipboardDelay())).isEqualTo(Duration.ofSeconds(30));
        clickOn("#copyTokenButton");
        assertThat(text("#copyStatus")).isEqualTo("Token copied. The clipboard will be cleared in 30 s.");
        fx(() -> bed.clipboardSeconds.advance(1));
        assertThat(text("#copyStatus")).isEqualTo("Token copied. The clipboard will be cleared in 29 s.");
        fx(() -> bed.clipboardSeconds.advance(28));
        assertThat(text("#copyStatus")).isEqualTo("Token copied. The clipboard will be cleared in 1 s.");
        assertThat(on(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(token);
        fx(() -> bed.clipboardSeconds.advance(1));
        assertThat(text("#copyStatus")).isEqualTo("Clipboard cleared.");
        assertThat(on(() -> Clipboard.getSystemClipboard().hasString())).isFalse();
        assertThat(bed.clipboardSeconds.running()).as("nothing ticks once the clipboard is cleared").isZero();

        assertThat(on(() -> ((CheckBox) node("#saveCheck")).isSelected())).isTrue();
        assertThat(text("#saveStatus")).isEqualTo("It will be kept in your KeePassXC database; scripts get it with “mastokey token”.");
        assertThat(text("#nextButton")).isEqualTo("Save");
        next();
        waitUntil("the save result shows", () -> text("#saveStatus").startsWith("Saved as"));
        assertThat(text("#saveStatus")).isEqualTo("Saved as alice@" + bed.server.domain() + " in your KeePassXC database.");
        assertThat(store.read(new SecretStore.SecretKey(SecretStore.TOKEN_SERVICE, "alice@" + bed.server.domain())))
                .get().extracting(SecretStore.StoredSecret::secret).isEqualTo(token);
        assertThat(text("#nextButton")).isEqualTo("Done");
        next();
        assertThat(bed.exits).containsExactly("finished");
    }

    @Test
    void aSessionOnlyStoreDoesNotPromiseThatScriptsCanFetchTheToken() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)
                .namedAs(org.mastokey.keystore.KeychainKind.SESSION_MEMORY)));
        bed.browserDoes(ScriptedBrowser.alice()::openInBackground);
        toAuthorizeStep();
        next();
        waitUntil("the confirm step shows", () -> step() == 3);
        assertThat(text("#saveStatus")).isEqualTo("Mastokey keeps it in memory until it closes; scripts cannot get it with"
                + " “mastokey token”. Copy it if you need it later.");
    }

    @Test
    void deniedConsentEndsInAClearMessageAndAWayToTryAgain() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        bed.browserDoes(ScriptedBrowser.alice().denying()::openInBackground);
        toAuthorizeStep();
        next();
        waitUntil("an error shows", () -> !errorShown().isEmpty());
        assertThat(errorShown()).contains("denied");
        assertThat(step()).isEqualTo(2);
        assertThat(visible("#choicePane")).isTrue();
        assertThat(text("#nextButton")).isEqualTo("Sign in");
    }

    @Test
    void aClosedTabCanBeCancelledAndTheWizardGoesBack() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        bed.browserDoes(uri -> { });   // the user closes the tab: nothing ever comes back
        toAuthorizeStep();
        next();
        waitUntil("the wait shows", () -> visible("#progressBox") && text("#progressText").contains("Waiting"));
        assertThat(node("#nextButton").isDisabled()).isTrue();
        clickOn("#cancelAttemptButton");
        waitUntil("the choice shows again", () -> visible("#choicePane"));
        next();
        waitUntil("the wait shows again", () -> visible("#progressBox"));
        clickOn("#backButton");
        waitUntil("back on the scopes step", () -> step() == 1);
        assertThat(bed.exits).isEmpty();
    }
}
