package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;

/**
 * Walks the wizard against the fake server and saves a PNG of every step, light and dark, into
 * {@code -Dmastokey.screenshots=DIR} (only then: they are not part of the everyday suite). The token stays masked.
 */
@EnabledIfSystemProperty(named = "mastokey.screenshots", matches = ".+", disabledReason = "screenshots are taken only when asked: -Dmastokey.screenshots=DIR")
class ScreenshotsTest extends WizardRobot {
    private final Path dir = Path.of(System.getProperty("mastokey.screenshots"));

    @Test
    void lightTheme() throws Exception {
        walk("light", false, Locale.ENGLISH);
    }

    @Test
    void germanLightTheme() throws Exception {
        walk("de-light", false, Locale.GERMAN);
        assertThat(text("#nextButton")).isEqualTo("Speichern");
    }

    @Test
    void darkTheme() throws Exception {
        walk("dark", true, Locale.ENGLISH);
    }

    private void walk(String theme, boolean dark, Locale language) throws Exception {
        Files.createDirectories(dir);
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE))
                .inLanguage(language));
        if (dark) {
            clickOn("#themeToggle");
            assertThat(on(() -> ((ToggleButton) node("#themeToggle")).isSelected())).isTrue();
        }
        bed.browserDoes(ScriptedBrowser.alice()::openInBackground);
        typeAddress(bed.address());
        waitUntil("the preview card shows", () -> visible("#previewCard"));
        Thread.sleep(300);
        shoot("1-server", theme);
        next();
        waitUntil("the scopes step shows", () -> step() == 1);
        fx(() -> node("#postPreset").requestFocus());
        clickOn("#postPreset");
        shoot("2-scopes", theme);
        next();
        waitUntil("the authorize step shows", () -> step() == 2);
        shoot("3-authorize", theme);
        clickOn("#webViewMethod");
        next();
        waitUntil("the sign-in page is loaded", () -> visible("#signInWebView") && !text("#pageAddress").isEmpty());
        Thread.sleep(1500);
        shoot("3-authorize-webview", theme);
        clickOn("#backButton");
        waitUntil("back on the scopes step", () -> step() == 1);
        next();
        waitUntil("the authorize step shows", () -> step() == 2);
        clickOn("#browserMethod");
        next();
        waitUntil("the confirm step shows", () -> step() == 3);
        clickOn("#copyTokenButton");
        Thread.sleep(300);
        String token = on(() -> bed.model.tokenProperty().get().value().reveal());
        assertThat(text("#tokenField")).doesNotContain(token);
        shoot("4-confirm", theme);
    }

    private void shoot(String name, String theme) throws Exception {
        BufferedImage image = on(() -> {
            WritableImage shot = bed.window().scene().snapshot(null);
            return SwingFXUtils.fromFXImage(shot, null);
        });
        Path file = dir.resolve(name + "-" + theme + ".png");
        ImageIO.write(image, "png", file.toFile());
        assertThat(Files.size(file)).isPositive();
    }
}
