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
            stage.setScene(new Scene(new StackPane(), 600, 400));
            stage.show();
        });
        waitUntil("the notice shows", () -> notice.showing() != null);
        assertThat(on(notice::showing)).startsWith("KeePassXC is asking you to allow Mastokey");

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
}
