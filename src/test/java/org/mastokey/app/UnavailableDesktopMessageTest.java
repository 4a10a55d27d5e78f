package org.mastokey.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.mastokey.Main;

/**
 * The real launcher in its own JVM with JavaFX's GTK glass: without a usable display it prints one
 * line naming what is missing, never the toolkit's stack trace.
 */
@EnabledOnOs(OS.LINUX)
class UnavailableDesktopMessageTest {
    @Test
    void noDisplayVariableIsSaidBeforeTheToolkitStarts() throws Exception {
        Run run = launch(Map.of(), "en");
        assertThat(run.exitStatus).isEqualTo(1);
        assertThat(run.stderrLines).containsExactly("mastokey: cannot open a window: no X display (DISPLAY is not set"
                + " or cannot be reached). Start Mastokey in a desktop session (over SSH: ssh -X), or use the command"
                + " line: mastokey help");
    }

    @Test
    void aDisplayThatCannotBeOpenedIsSaidInsteadOfTheToolkitsTrace() throws Exception {
        Run run = launch(Map.of("DISPLAY", ":" + unusedDisplay()), "de");
        assertThat(run.exitStatus).isEqualTo(1);
        // From the class path JavaFX logs a two-line warning at start-up first; what matters is no trace.
        assertThat(run.stderrLines).last().asString()
                .startsWith("mastokey: kein Fenster möglich: keine X-Anzeige (DISPLAY ist nicht gesetzt");
        assertThat(run.stderrLines).noneMatch(line -> line.contains("Exception") || line.startsWith("\tat "));
    }

    @Test
    void theExitStatusCanBeChosenForMavensSake() throws Exception {
        Run run = launch(Map.of(), "en", "-D" + DesktopLauncher.UNAVAILABLE_EXIT + "=0");
        assertThat(run.exitStatus).isZero();
        assertThat(run.stderrLines).singleElement().asString().startsWith("mastokey: cannot open a window");
    }

    private record Run(int exitStatus, List<String> stderrLines) {
    }

    private static Run launch(Map<String, String> display, String language, String... jvmOptions) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Duser.language=" + language, "-Dglass.platform=gtk", "-Dmastokey.keystore=session"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(Main.class.getName(), "--demo"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS"));
        builder.environment().putAll(display);
        Path stderr = Files.createTempFile("mastokey-launch", ".err");
        try {
            Process process = builder.redirectError(stderr.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the launcher did not exit within 120 s");
            }
            List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            return new Run(process.exitValue(), lines);
        } finally {
            Files.deleteIfExists(stderr);
        }
    }

    private static int unusedDisplay() {
        for (int n = 400 + (int) (Math.random() * 300); ; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return n;
            }
        }
    }
}
