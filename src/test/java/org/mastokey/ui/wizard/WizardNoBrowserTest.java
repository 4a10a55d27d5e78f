package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;
import org.mastokey.ui.NoBrowser;

/** A desktop without a default browser: the wizard says so and offers the link and the other ways. */
class WizardNoBrowserTest extends WizardRobot {

    private void startWithoutBrowser() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        bed.browserOpener(NoBrowser.opener());
        toAuthorizeStep();
    }

    @Test
    void theBrowserWaySaysNoBrowserOpenedAndTheLinkOpenedByHandStillSignsIn() throws Exception {
        startWithoutBrowser();
        next();
        waitUntil("the no-browser box shows", () -> visible("#noBrowserPane"));
        assertThat(text("#noBrowserMessage")).startsWith("Mastokey could not open a web browser on this computer.");
        assertThat(text("#progressText")).doesNotContain("approve in your browser");
        String link = text("#noBrowserLink");
        assertThat(URI.create(link).getPath()).isEqualTo("/oauth/authorize");
        assertThat(visible("#noBrowserWebView")).isTrue();
        assertThat(visible("#noBrowserPaste")).isTrue();

        clickOn("#noBrowserCopy");
        assertThat(on(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(link);
        assertThat(text("#noBrowserCopied")).startsWith("Link copied.");

        ScriptedBrowser.alice().openInBackground(URI.create(link));   // the user pastes it into a browser
        waitUntil("the confirm step shows", () -> step() == 3);
        assertThat(text("#acct")).isEqualTo("@alice@" + bed.server.domain());
    }

    @Test
    void fromTheNoBrowserBoxTheEmbeddedWindowTakesOver() throws Exception {
        startWithoutBrowser();
        next();
        waitUntil("the no-browser box shows", () -> visible("#noBrowserPane"));
        clickOn("#noBrowserWebView");
        waitUntil("the sign-in page shows inside Mastokey", () -> visible("#signInWebView"));
        assertThat(visible("#noBrowserPane")).isFalse();
    }

    @Test
    void thePasteWayNoLongerClaimsThePageIsOpenAndOffersTheLink() throws Exception {
        startWithoutBrowser();
        choose("#pasteMethod");
        next();
        waitUntil("the no-browser box shows", () -> visible("#noBrowserPane"));
        assertThat(visible("#pasteInstructions")).as("\"The sign-in page is open in your browser\"").isFalse();
        assertThat(visible("#noBrowserPaste")).as("already the paste way").isFalse();
        ScriptedBrowser.Outcome shown = ScriptedBrowser.alice().open(URI.create(text("#noBrowserLink")));
        fx(() -> ((TextField) node("#codeField")).setText(shown.code().orElseThrow()));
        next();
        waitUntil("the confirm step shows", () -> step() == 3);
    }
}
