package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;
import org.mastokey.ui.TokenProbe;

/**
 * Leaving the Confirm step with a token that is neither saved nor copied asks "Keep" / "Discard — it
 * will be revoked"; Discard revokes it on the server before the wizard moves. Real server, real revoke.
 */
class WizardUnsavedTokenTest extends WizardRobot {

    /** Signs in through the "browser" and returns the token the Confirm step holds. */
    private String atConfirmWithAToken() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        bed.browserDoes(ScriptedBrowser.alice()::openInBackground);
        toAuthorizeStep();
        next();
        waitUntil("the confirm step shows", () -> step() == 3);
        String token = on(() -> bed.model.tokenProperty().get().value().reveal());
        assertThat(TokenProbe.statusOf(bed.server.baseUri(), token)).isEqualTo(200);
        return token;
    }

    private int status(String token) throws Exception {
        return TokenProbe.statusOf(bed.server.baseUri(), token);
    }

    private void discardAndWaitForTheRevoke(String token) throws Exception {
        waitUntil("the question shows", () -> visible("#discardPane"));
        assertThat(text("#discardTokenButton")).isEqualTo("Discard — it will be revoked");
        assertThat(text("#keepTokenButton")).isEqualTo("Keep");
        clickOn("#discardTokenButton");
        waitUntil("the question goes", () -> !visible("#discardPane") || step() != 3);
    }

    @Test
    void escAsksEscAgainKeepsAndDiscardRevokesThenCancels() throws Exception {
        String token = atConfirmWithAToken();
        push(KeyCode.ESCAPE);
        waitUntil("the question shows", () -> visible("#discardPane"));
        assertThat(on(() -> node("#keepTokenButton").isFocused())).as("the safe answer has the focus").isTrue();
        push(KeyCode.ESCAPE);
        assertThat(visible("#discardPane")).as("Esc on the question keeps the token").isFalse();
        assertThat(bed.exits).isEmpty();
        assertThat(step()).isEqualTo(3);

        push(KeyCode.ESCAPE);
        discardAndWaitForTheRevoke(token);
        waitUntil("the wizard is cancelled", () -> bed.exits.contains("cancelled"));
        assertThat(status(token)).as("revoked on the server").isEqualTo(401);
    }

    @Test
    void backAsksAndDiscardRevokesThenGoesBack() throws Exception {
        String token = atConfirmWithAToken();
        clickOn("#backButton");
        assertThat(step()).isEqualTo(3);
        discardAndWaitForTheRevoke(token);
        waitUntil("back on the authorize step", () -> step() == 2);
        assertThat(status(token)).isEqualTo(401);
    }

    @Test
    void closingTheWindowAsksKeepsItOpenAndDiscardRevokesThenCloses() throws Exception {
        String token = atConfirmWithAToken();
        Stage stage = on(() -> (Stage) bed.window().scene().getWindow());
        fx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil("the question shows", () -> visible("#discardPane"));
        assertThat(on(stage::isShowing)).isTrue();
        clickOn("#keepTokenButton");
        assertThat(status(token)).isEqualTo(200);

        fx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        discardAndWaitForTheRevoke(token);
        waitUntil("the window closes", () -> !stage.isShowing());
        assertThat(status(token)).isEqualTo(401);
    }

    @Test
    void cancelAndFinishWithoutSavingAskToo() throws Exception {
        String token = atConfirmWithAToken();
        clickOn("#cancelButton");
        waitUntil("the question shows", () -> visible("#discardPane"));
        clickOn("#keepTokenButton");
        fx(() -> ((CheckBox) node("#saveCheck")).setSelected(false));
        next();
        waitUntil("the question shows", () -> visible("#discardPane"));
        assertThat(bed.exits).isEmpty();
        discardAndWaitForTheRevoke(token);
        waitUntil("the wizard finishes", () -> bed.exits.contains("finished"));
        assertThat(status(token)).isEqualTo(401);
    }

    @Test
    void aCopiedTokenIsInTheUsersHandsAndLeavesWithoutAQuestion() throws Exception {
        String token = atConfirmWithAToken();
        clickOn("#copyTokenButton");
        push(KeyCode.ESCAPE);
        waitUntil("the wizard is cancelled", () -> bed.exits.contains("cancelled"));
        assertThat(status(token)).isEqualTo(200);
    }
}
