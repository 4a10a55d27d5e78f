package org.mastokey.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mastokey.account.AccountCheck;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.oauth.Scopes;
import org.mastokey.ui.InMemorySecretStore;
import org.mastokey.ui.NoBrowser;

/** Rotate (and sign in again) on a desktop without a default browser: the card shows the address to open. */
class AccountsNoBrowserTest extends AccountsRobot {

    @Test
    void rotateShowsTheLinkAndOpeningItByHandFinishesTheRotation() throws Exception {
        AccountsTestBed testBed = new AccountsTestBed(new InMemorySecretStore(SecretStore.Status.AVAILABLE), Duration.ofSeconds(60));
        testBed.saveLogin(ScriptedBrowser.alice(), Scopes.of("read"), "");
        start(testBed);
        String alice = bed.acct("alice");
        String oldToken = bed.token(alice);
        waitForState(alice, AccountCheck.State.VALID);
        bed.browserOpener(NoBrowser.opener());

        click(alice, "#rotateButton");
        click(alice, "#confirmButton");
        waitUntil("the no-browser box shows", () -> visible(alice, "#noBrowserPane"));
        assertThat(text(alice, "#noBrowserMessage")).startsWith("Mastokey could not open a web browser");
        assertThat(visible(alice, "#cancelBusyButton")).isTrue();
        ScriptedBrowser.alice().openInBackground(URI.create(text(alice, "#noBrowserLink")));
        waitUntil("the rotation finishes", () -> text(alice, "#message").startsWith("Rotated"));
        assertThat(visible(alice, "#noBrowserPane")).isFalse();
        assertThat(bed.token(alice)).isNotEqualTo(oldToken);
    }
}
