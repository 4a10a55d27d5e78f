package org.mastokey.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Linux package's desktop entry (packaging/linux/share) against the window the app opens. */
class DesktopEntryTest {
    /**
     * JavaFX on GTK sets every window's WM_CLASS to the name of the Application class it launched;
     * docks match windows to their launcher by it. (.ci/install-test reads the real window's.)
     */
    @Test
    void theDesktopEntryNamesTheWindowClassJavaFxGivesTheWindow() throws IOException {
        String desktop = Files.readString(Path.of("packaging/linux/share/org.mastokey.Mastokey.desktop"));
        assertThat(desktop).containsOnlyOnce("StartupWMClass=")
                .contains("StartupWMClass=" + MastokeyApp.class.getName() + "\n");
    }
}
