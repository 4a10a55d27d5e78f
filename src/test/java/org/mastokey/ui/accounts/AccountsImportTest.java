package org.mastokey.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mastokey.account.AccountCheck;
import org.mastokey.demo.OtherTool;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;

/** "Import…" in the saved-accounts window, and the exec line each card shows. */
class AccountsImportTest extends AccountsRobot {
    @TempDir
    Path dir;

    @Test
    void importReadsTheChosenFileThroughTheEngineAndShowsTheNewAccount() throws Exception {
        start(new AccountsTestBed(new InMemorySecretStore(SecretStore.Status.AVAILABLE), Duration.ofSeconds(60)));
        OtherTool.Credentials bot = OtherTool.signIn(bed.server, "weather bot", ScriptedBrowser.bob(), "read write");
        Path env = Files.writeString(dir.resolve(".env"), "MASTODON_API_BASE_URL=" + bed.server.baseUri()
                + "\nMASTODON_ACCESS_TOKEN=" + bot.accessToken() + "\n");
        String bob = bed.acct("bob");

        bed.chooseForImport(null);
        clickOn("#importButton");
        assertThat(notice()).as("a cancelled file dialog does nothing").isEmpty();

        bed.chooseForImport(env);
        clickOn("#importButton");
        waitUntil("bob is imported", () -> notice().equals("Imported " + bob + "."));
        waitForState(bob, AccountCheck.State.VALID);
        assertThat(bed.token(bob)).isEqualTo(bot.accessToken());
        assertThat(text(bob, "#noteField")).isEqualTo("imported from env");
        assertThat(Files.readString(env)).as("the desktop import leaves the file as it is").contains(bot.accessToken());

        clickOn("#importButton");
        waitUntil("bob is there already", () -> notice().equals(bob + " was saved already."));
        assertThat(notice()).doesNotContain(bot.accessToken());
    }

    @Test
    void aFileInNoKnownFormatIsSaidSoAndEachCardShowsItsExecLine() throws Exception {
        AccountsTestBed testBed = new AccountsTestBed(new InMemorySecretStore(SecretStore.Status.AVAILABLE), Duration.ofSeconds(60));
        testBed.saveLogin(ScriptedBrowser.alice(), org.mastokey.oauth.Scopes.of("read"), "");
        start(testBed);
        String alice = bed.acct("alice");
        waitForState(alice, AccountCheck.State.VALID);
        Path broken = Files.writeString(dir.resolve("config.json"), "{\"users\": [1, 2");

        bed.chooseForImport(broken);
        clickOn("#importButton");
        waitUntil("the error is shown", () -> notice().contains("is not JSON"));

        String line = "mastokey exec " + alice + " -- COMMAND";
        assertThat(on(() -> ((TextField) part(alice, "#execLine")).getText())).isEqualTo(line);
        click(alice, "#copyExecButton");
        assertThat(on(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(line);
        waitUntil("the card says so", () -> text(alice, "#message").startsWith("Command copied"));
    }
}
