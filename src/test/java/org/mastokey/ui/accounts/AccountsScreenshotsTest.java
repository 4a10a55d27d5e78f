package org.mastokey.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mastokey.account.AccountCheck;
import org.mastokey.account.SavedAccount;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.oauth.Scopes;
import org.mastokey.ui.InMemorySecretStore;

/**
 * Saves the saved-accounts view, light and dark, as {@code accounts-THEME.png} into
 * {@code -Dmastokey.screenshots=DIR} (only then: they are not part of the everyday suite): one valid account with a note, one
 * whose token was revoked on the server. No token is anywhere in the scene.
 */
@EnabledIfSystemProperty(named = "mastokey.screenshots", matches = ".+", disabledReason = "screenshots are taken only when asked: -Dmastokey.screenshots=DIR")
class AccountsScreenshotsTest extends AccountsRobot {
    private final Path dir = Path.of(System.getProperty("mastokey.screenshots"));

    @Test
    void lightTheme() throws Exception {
        shoot("light", false);
    }

    @Test
    void darkTheme() throws Exception {
        shoot("dark", true);
    }

    private void shoot(String theme, boolean dark) throws Exception {
        Files.createDirectories(dir);
        AccountsTestBed testBed = new AccountsTestBed(new InMemorySecretStore(SecretStore.Status.AVAILABLE), Duration.ofSeconds(60));
        testBed.saveLogin(ScriptedBrowser.alice(), Scopes.of("read", "write:statuses"), "posts the nightly build status");
        SavedAccount bob = testBed.saveLogin(ScriptedBrowser.bob(), Scopes.of("read"), "");
        testBed.flow.revoke(testBed.accounts.registration(bob).orElseThrow(), testBed.accounts.token(bob.acct()).orElseThrow());
        start(testBed);
        if (dark) {
            clickOn("#themeToggle");
            assertThat(on(() -> ((ToggleButton) lookup("#themeToggle").query()).isSelected())).isTrue();
        }
        String alice = bed.acct("alice");
        waitForState(alice, AccountCheck.State.VALID);
        waitForState(bob.acct(), AccountCheck.State.REVOKED);
        fx(() -> bed.window().scene().getWindow().setHeight(640));   // tall enough for both cards
        Thread.sleep(500);   // avatars load in the background

        List<String> shown = on(() -> texts(bed.window().scene().getRoot(), new ArrayList<>()));
        for (String token : List.of(bed.token(alice), bed.token(bob.acct()))) {
            assertThat(shown).noneMatch(text -> text.contains(token));
        }
        save("accounts-" + theme);

        click(alice, "#deleteButton");
        waitUntil("the warning shows", () -> visible(alice, "#confirmPane"));
        save("accounts-delete-warning-" + theme);
    }

    private void save(String name) throws Exception {
        BufferedImage image = on(() -> {
            WritableImage shot = bed.window().scene().snapshot(null);
            return SwingFXUtils.fromFXImage(shot, null);
        });
        Path file = dir.resolve(name + ".png");
        ImageIO.write(image, "png", file.toFile());
        assertThat(Files.size(file)).isPositive();
    }

    private static List<String> texts(Node node, List<String> into) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            into.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getText() != null) {
            into.add(input.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts(child, into));
        }
        return into;
    }
}
