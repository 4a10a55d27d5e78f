package org.mastokey.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.mastokey.account.AccountCheck;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.oauth.Scopes;
import org.mastokey.ui.InMemorySecretStore;

/** The saved-accounts view against the fake server over real HTTP, with an in-memory keychain. */
class AccountsViewTest extends AccountsRobot {

    private AccountsTestBed bedWithAlice(Duration clipboardDelay) throws Exception {
        AccountsTestBed testBed = new AccountsTestBed(new InMemorySecretStore(SecretStore.Status.AVAILABLE), clipboardDelay);
        testBed.saveLogin(ScriptedBrowser.alice(), Scopes.of("read", "write:statuses"), "");
        return testBed;
    }

    /** Shows the list with Alice saved and waits until her card says her token works; returns her account. */
    private String startWithValidAlice(Duration clipboardDelay) throws Exception {
        start(bedWithAlice(clipboardDelay));
        String alice = bed.acct("alice");
        waitForState(alice, AccountCheck.State.VALID);
        return alice;
    }

    @Test
    void listsSavedAccountsWithTheirStatusFromTheServer() throws Exception {
        AccountsTestBed testBed = bedWithAlice(Duration.ofSeconds(60));
        testBed.saveLogin(ScriptedBrowser.bob(), Scopes.of("read", "write:statuses"), "posts the weather");
        start(testBed);
        String alice = bed.acct("alice");
        String bob = bed.acct("bob");
        waitForState(alice, AccountCheck.State.VALID);
        waitForState(bob, AccountCheck.State.VALID);

        assertThat(cards()).extracting(c -> c.saved().acct()).containsExactlyInAnyOrder(alice, bob);
        assertThat(text(alice, "#acct")).isEqualTo("@" + alice);
        assertThat(text(alice, "#statusChip")).isEqualTo("Valid");
        assertThat(text(alice, "#statusDetail")).as("when it was checked").matches("Checked at \\d{1,2}:\\d{2}.*\\.");
        assertThat(part(alice, "#verifyButton").isDisabled()).as("Check again works again after the answer").isFalse();
        assertThat(text(alice, "#details")).contains("on " + bed.server.domain()).contains("saved ");
        assertThat(text(alice, "#scopes")).isEqualTo("Scopes: read write:statuses");
        assertThat(text(bob, "#noteField")).isEqualTo("posts the weather");
        assertThat(visible(alice, "#reauthorizeButton")).isFalse();
        assertThat(visible(alice, "#rotateButton")).isTrue();
        assertThat(bed.server.requestCount("GET /api/v1/accounts/verify_credentials")).isGreaterThanOrEqualTo(2);

        clickOn("#addButton");
        assertThat(bed.navigation).containsExactly("add");
    }

    @Test
    void aTokenRevokedOnTheServerShowsRevokedAndOneClickAuthorizesAgain() throws Exception {
        String alice = startWithValidAlice(Duration.ofSeconds(60));
        String oldToken = bed.token(alice);

        bed.server.revokeAllTokens();
        click(alice, "#verifyButton");
        waitForState(alice, AccountCheck.State.REVOKED);
        assertThat(text(alice, "#statusChip")).isEqualTo("Revoked");
        assertThat(text(alice, "#statusDetail")).contains("no longer accepts this token").containsPattern("Checked at \\d");
        assertThat(visible(alice, "#reauthorizeButton")).isTrue();
        assertThat(visible(alice, "#rotateButton")).isFalse();

        bed.browserDoes(ScriptedBrowser.alice()::openInBackground);
        click(alice, "#reauthorizeButton");
        waitUntil("the new token is saved", () -> text(alice, "#message").startsWith("Signed in again"));
        waitForState(alice, AccountCheck.State.VALID);
        assertThat(bed.openedInBrowser).hasSize(1);
        assertThat(bed.openedInBrowser.get(0).getPath()).isEqualTo("/oauth/authorize");
        assertThat(bed.openedInBrowser.get(0).getQuery()).contains("scope=read write:statuses");
        String newToken = bed.token(alice);
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(bed.serverStatusOf(newToken)).isEqualTo(200);
    }

    @Test
    void revokeRevokesOnTheServerThenDeletesFromTheKeychain() throws Exception {
        String alice = startWithValidAlice(Duration.ofSeconds(60));
        String token = bed.token(alice);

        click(alice, "#revokeButton");
        assertThat(visible(alice, "#confirmPane")).isTrue();
        assertThat(text(alice, "#confirmText")).contains("Revoke the token of @" + alice);
        assertThat(bed.accounts.find(alice)).as("nothing happens before confirming").isPresent();
        click(alice, "#confirmButton");

        waitUntil("the card is gone", () -> !hasCard(alice));
        assertThat(notice()).isEqualTo("Revoked the token of @" + alice + " on " + bed.server.domain()
                + " and deleted it from the keychain.");
        assertThat(bed.accounts.find(alice)).isEmpty();
        assertThat(bed.accounts.token(alice)).isEmpty();
        assertThat(bed.serverStatusOf(token)).as("the server rejects the token").isEqualTo(401);
        assertThat(on(() -> lookup("#notice").query().getStyleClass())).as("a revoke that worked is no warning")
                .contains("success-banner").doesNotContain("banner");
        assertThat(on(() -> lookup("#emptyText").query().isVisible())).isTrue();
        assertThat(on(() -> lookup("#emptyText").queryLabeled().getText())).startsWith("No accounts are saved now.");
        assertThat(on(() -> bed.window().scene().getFocusOwner().getId())).as("Enter now adds an account, not closes the window")
                .isEqualTo("addButton");
        assertThat(on(() -> bed.window().scene().getWindow() instanceof javafx.stage.Stage stage ? stage.getTitle() : ""))
                .isEqualTo("Mastokey – saved accounts");
    }

    @Test
    void revokeWithTheServerDownKeepsTheTokenAndSaysSo() throws Exception {
        String alice = startWithValidAlice(Duration.ofSeconds(60));
        String token = bed.token(alice);

        bed.server.close();
        click(alice, "#revokeButton");
        click(alice, "#confirmButton");

        waitUntil("the failure shows", () -> visible(alice, "#message") && !text(alice, "#message").isEmpty());
        assertThat(text(alice, "#message")).isEqualTo("Could not reach " + bed.server.domain() + ", so the token was NOT revoked. It is still in the keychain; try again later.");
        assertThat(hasCard(alice)).isTrue();
        assertThat(bed.token(alice)).isEqualTo(token);
        assertThat(notice()).isEmpty();

        click(alice, "#verifyButton");
        waitForState(alice, AccountCheck.State.UNREACHABLE);
        assertThat(text(alice, "#statusChip")).isEqualTo("Server unreachable");
    }

    @Test
    void deleteLocallyWarnsThatTheTokenStaysValidAndRemovesOnlyTheLocalCopy() throws Exception {
        String alice = startWithValidAlice(Duration.ofSeconds(60));
        String token = bed.token(alice);

        click(alice, "#deleteButton");
        assertThat(text(alice, "#confirmText")).contains("from this computer only").contains("stays valid on " + bed.server.domain());
        click(alice, "#keepButton");
        assertThat(visible(alice, "#confirmPane")).isFalse();
        assertThat(bed.accounts.find(alice)).isPresent();

        click(alice, "#deleteButton");
        click(alice, "#confirmButton");
        waitUntil("the card is gone", () -> !hasCard(alice));
        assertThat(notice()).contains("still valid on " + bed.server.domain());
        assertThat(on(() -> lookup("#notice").query().getStyleClass())).as("a token left valid is a warning").contains("banner");
        assertThat(bed.accounts.token(alice)).isEmpty();
        assertThat(bed.serverStatusOf(token)).as("the token still works on the server").isEqualTo(200);
    }

    @Test
    void copyPutsTheTokenOnTheClipboardAndClearsItAfterTheDelay() throws Exception {
        String alice = startWithValidAlice(Duration.ofSeconds(2));
        String token = bed.token(alice);

        click(alice, "#copyButton");
        waitUntil("the clipboard holds the token", () -> token.equals(Clipboard.getSystemClipboard().getString()));
        assertThat(text(alice, "#message")).isEqualTo("Token copied. The clipboard will be cleared in 2 s.");
        fx(() -> bed.clipboardSeconds.advance(1));
        assertThat(text(alice, "#message")).isEqualTo("Token copied. The clipboard will be cleared in 1 s.");
        assertThat(on(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(token);
        fx(() -> bed.clipboardSeconds.advance(1));
        assertThat(text(alice, "#message")).isEqualTo("Clipboard cleared.");
        assertThat(on(() -> Clipboard.getSystemClipboard().hasString())).isFalse();
    }

    @Test
    void theNoteIsSavedWithTheToken() throws Exception {
        String alice = startWithValidAlice(Duration.ofSeconds(60));
        String token = bed.token(alice);
        assertThat(part(alice, "#saveNoteButton").isDisabled()).isTrue();

        clickOn(part(alice, "#noteField"));
        write("nightly backup script");
        click(alice, "#saveNoteButton");
        waitUntil("the note is saved", () -> text(alice, "#message").equals("Note saved."));
        assertThat(bed.accounts.find(alice).orElseThrow().note()).isEqualTo("nightly backup script");
        assertThat(bed.token(alice)).as("the token is untouched").isEqualTo(token);
        assertThat(on(() -> ((TextField) part(alice, "#noteField")).getText())).isEqualTo("nightly backup script");
        assertThat(part(alice, "#saveNoteButton").isDisabled()).isTrue();
    }

    @Test
    void rotateSavesADifferentWorkingTokenAndRevokesTheOldOne() throws Exception {
        start(bedWithAlice(Duration.ofSeconds(60)));
        String alice = bed.acct("alice");
        String oldToken = bed.token(alice);
        int appsBefore = bed.server.appCount();
        waitForState(alice, AccountCheck.State.VALID);

        // The same browser session as the first sign-in: Mastodon would hand the same app the same token again.
        bed.browserDoes(ScriptedBrowser.alice()::openInBackground);
        click(alice, "#rotateButton");
        assertThat(text(alice, "#confirmText")).as("Rotate says what it will do before the browser opens")
                .isEqualTo("Get a new token for @" + alice + " with the same scopes? Mastokey opens the sign-in page of "
                        + bed.server.domain() + " in your browser; once you approve, the new token is saved and this one is revoked.");
        assertThat(bed.openedInBrowser).isEmpty();
        assertThat(part(alice, "#confirmButton").getStyleClass()).contains("accent").doesNotContain("danger");
        click(alice, "#confirmButton");
        waitUntil("the rotation finishes", () -> text(alice, "#message").startsWith("Rotated"));
        assertThat(text(alice, "#message")).isEqualTo("Rotated: the new token is saved and the old one is revoked.");
        assertThat(on(() -> bed.window().scene().getFocusOwner().getId())).as("the focus stays on the card, not on Close")
                .isNotEqualTo("closeButton").isNotNull();
        waitForState(alice, AccountCheck.State.VALID);

        String newToken = bed.token(alice);
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(bed.serverStatusOf(newToken)).isEqualTo(200);
        assertThat(bed.serverStatusOf(oldToken)).as("the old token is revoked").isEqualTo(401);
        assertThat(bed.server.appCount()).as("a fresh app registration").isEqualTo(appsBefore + 1);
        assertThat(bed.accounts.find(alice).orElseThrow().scopes()).isEqualTo(Scopes.of("read", "write:statuses"));
    }

    @Test
    void cancellingARotationKeepsTheOldTokenAndItsRegistration() throws Exception {
        start(bedWithAlice(Duration.ofSeconds(60)));
        String alice = bed.acct("alice");
        String oldToken = bed.token(alice);
        String oldClient = bed.accounts.registration(bed.accounts.find(alice).orElseThrow()).orElseThrow().clientId();
        waitForState(alice, AccountCheck.State.VALID);

        bed.browserDoes(uri -> { });   // the user closes the tab
        click(alice, "#rotateButton");
        click(alice, "#confirmButton");
        waitUntil("the browser wait shows", () -> visible(alice, "#busyPane") && text(alice, "#busyText").startsWith("Waiting"));
        click(alice, "#cancelBusyButton");
        waitUntil("the old registration is back", () -> bed.accounts.registration(bed.accounts.find(alice).orElseThrow())
                .map(app -> app.clientId().equals(oldClient)).orElse(false));
        assertThat(visible(alice, "#busyPane")).isFalse();
        assertThat(bed.token(alice)).isEqualTo(oldToken);
        assertThat(bed.serverStatusOf(oldToken)).isEqualTo(200);

        click(alice, "#revokeButton");
        click(alice, "#confirmButton");
        waitUntil("the card is gone", () -> !hasCard(alice));
        assertThat(bed.serverStatusOf(oldToken)).as("the old token can still be revoked").isEqualTo(401);
    }

    @Test
    void rotateLeavesAnotherAccountOnTheSameRegistrationWorkingAndRevocable() throws Exception {
        AccountsTestBed testBed = bedWithAlice(Duration.ofSeconds(60));
        testBed.saveLogin(ScriptedBrowser.bob(), Scopes.of("read", "write:statuses"), "");
        start(testBed);
        String alice = bed.acct("alice");
        String bob = bed.acct("bob");
        String oldToken = bed.token(alice);
        String bobToken = bed.token(bob);
        int appsBefore = bed.server.appCount();
        waitForState(alice, AccountCheck.State.VALID);

        bed.browserDoes(ScriptedBrowser.alice()::openInBackground);
        click(alice, "#rotateButton");
        click(alice, "#confirmButton");
        waitUntil("the rotation finishes", () -> text(alice, "#message").startsWith("Rotated"));
        String newToken = bed.token(alice);
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(bed.serverStatusOf(newToken)).isEqualTo(200);
        assertThat(bed.serverStatusOf(oldToken)).as("the old token is revoked").isEqualTo(401);
        assertThat(bed.server.appCount()).as("a fresh app registration").isEqualTo(appsBefore + 1);
        assertThat(bed.serverStatusOf(bobToken)).as("bob's token is untouched").isEqualTo(200);

        waitForState(bob, AccountCheck.State.VALID);
        // bob's card is below the window's fold, where a robot click cannot reach it: press its buttons directly
        press(bob, "#revokeButton");
        waitUntil("the confirmation shows", () -> visible(bob, "#confirmPane"));
        press(bob, "#confirmButton");
        waitUntil("bob's card is gone", () -> !hasCard(bob));
        assertThat(bed.serverStatusOf(bobToken)).as("bob's token can still be revoked").isEqualTo(401);
        assertThat(bed.serverStatusOf(newToken)).isEqualTo(200);
    }

    private void press(String acct, String id) {
        Button button = (Button) part(acct, id);
        waitUntil(id + " is enabled", () -> !button.isDisabled() && button.isVisible());
        interact(button::fire);
    }
}
