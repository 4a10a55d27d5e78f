package org.mastokey.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the Linux package's files (packaging/linux) must agree on with the code. */
class LinuxPackageFilesTest {
    private static final Path LINUX = Path.of("packaging", "linux");

    /**
     * JavaFX on GTK sets every window's WM_CLASS to the name of the Application class it launched;
     * docks match windows to their launcher by it.
     */
    @Test
    void theDesktopEntryNamesTheWindowClassJavaFxGivesTheWindow() throws IOException {
        String desktop = Files.readString(LINUX.resolve("share/org.mastokey.Mastokey.desktop"));
        assertThat(desktop).containsOnlyOnce("StartupWMClass=")
                .contains("StartupWMClass=" + MastokeyApp.class.getName() + "\n");
    }

    @Test
    void theLauncherStartsTheCommandLineForTheSameFirstArgumentsAsMain() throws IOException {
        String launcher = Files.readString(LINUX.resolve("Mastokey"));
        Matcher words = Pattern.compile("(?m)^\\s*(login \\|[^)]*)\\) cli=1").matcher(launcher);
        assertThat(words.find()).as("the launcher's case line of command-line words").isTrue();
        assertThat(Arrays.stream(words.group(1).split("\\|")).map(String::strip))
                .containsExactlyInAnyOrderElementsOf(Main.CLI_COMMANDS);
    }
}
