package org.mastokey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** While the keychain's own dialog waits, the app's window says who asks; once answered, it says nothing. */
class KeychainApprovalNoticeTest extends FxTestRobot {
    @Test
    void saysWhoIsAskingWhileTheKeychainWaitsAndGoesAwayAfterTheAnswer() throws Exception {
        KeychainApprovalNotice notice = new KeychainApprovalNotice();
        // heard before the window is up: shown once it is
        Thread keychain = new Thread(() -> notice.asking("KeePassXC"));
        keychain.start();
        keychain.join();
        onPrimaryStage(stage -> {
            notice.attach(stage, new Texts(Locale.ENGLISH));
            stage.setScene(new Scene(new StackPane(new javafx.scene.control.Label("(the window's page)")), 600, 400));
            stage.show();
        });
        waitUntil("the notice shows", () -> notice.showing() != null);
        assertThat(on(notice::showing)).startsWith("KeePassXC is asking you to allow Mastokey");
        // over the window, centred, also after the window moved (the fixture moves it once shown)
        assertThat(on(() -> {
            javafx.stage.Window owner = javafx.stage.Window.getWindows().stream()
                    .filter(w -> !(w instanceof javafx.stage.Popup)).findFirst().orElseThrow();
            javafx.stage.Window popup = javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.stage.Popup).findFirst().orElseThrow();
            return Math.abs(popup.getX() - (owner.getX() + (owner.getWidth() - popup.getWidth()) / 2)) < 2
                    && popup.getY() > owner.getY() && popup.getY() < owner.getY() + owner.getHeight() / 2;
        })).as("notice centred near the window's top").isTrue();
        String screenshots = System.getProperty("mastokey.screenshots");
        if (screenshots != null) {
            on(() -> {
                screenshot(java.nio.file.Path.of(screenshots, "keychain-approval-notice.png"));
                return null;
            });
        }

        notice.over();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(on(notice::showing)).isNull();

        notice.asking("macOS");
        waitUntil("the notice shows again", () -> notice.showing() != null);
        assertThat(on(notice::showing)).startsWith("macOS is asking you to allow Mastokey");
        notice.over();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(on(notice::showing)).isNull();
    }

    /** The window with the notice drawn where it floats over it. */
    private static void screenshot(java.nio.file.Path file) throws java.io.IOException {
        javafx.stage.Window owner = javafx.stage.Window.getWindows().stream().filter(w -> !(w instanceof javafx.stage.Popup))
                .findFirst().orElseThrow();
        javafx.stage.Window popup = javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Popup)
                .findFirst().orElseThrow();
        java.awt.image.BufferedImage window = javafx.embed.swing.SwingFXUtils.fromFXImage(owner.getScene().snapshot(null), null);
        java.awt.image.BufferedImage notice = javafx.embed.swing.SwingFXUtils.fromFXImage(popup.getScene().snapshot(null), null);
        java.awt.Graphics2D g = window.createGraphics();
        g.drawImage(notice, (int) (popup.getX() - owner.getX() - owner.getScene().getX()),
                (int) (popup.getY() - owner.getY() - owner.getScene().getY()), null);
        g.dispose();
        javax.imageio.ImageIO.write(window, "png", file.toFile());
    }
}
