package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;

/** packaging/linux/Mastokey picks the command line's start-up cache for the same first words as Main. */
class LinuxLauncherTest {
    @Test
    void theLauncherKnowsTheCommandLineByTheSameFirstArgumentsAsMain() throws IOException {
        String launcher = Files.readString(Path.of("packaging/linux/Mastokey"));
        Matcher line = Pattern.compile("(?m)^\\s*(login \\|[^)]*)\\) cli=1").matcher(launcher);
        assertThat(line.find()).as("the launcher's case line of command-line words").isTrue();
        List<String> words = Arrays.stream(line.group(1).split("\\|")).map(String::strip).toList();

        assertThat(words).allSatisfy(word -> assertThat(Cli.selects(new String[]{word})).as(word).isTrue());
        assertThat(words).containsAll(Cli.commandNames());
        for (OptionSpec option : Cli.commandLine(CliEnvironment.system()).getCommandSpec().options()) {
            assertThat(words).contains(option.names());
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theCommandLineRunsOnTheSerialCollectorWhateverCollectorTheWizardIsGiven(@TempDir Path image)
            throws IOException, InterruptedException {
        Path launcher = image.resolve("bin/Mastokey");
        Files.createDirectories(launcher.getParent());
        Files.copy(Path.of("packaging/linux/Mastokey"), launcher);
        Path cfg = image.resolve("lib/app/Mastokey.cfg");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, String.join("\n", "[Application]", "app.classpath=$APPDIR/mastokey.jar",
                "app.mainclass=org.mastokey.Main", "[JavaOptions]", "java-options=-XX:+UseG1GC", "java-options=-Xmx96m", ""));
        Path java = image.resolve("lib/runtime/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        for (Path script : List.of(launcher, java)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        assertThat(javaArguments(launcher, "token", "alice@example.social"))
                .contains("-XX:+UseSerialGC", "-Xmx96m").doesNotContain("-XX:+UseG1GC");
        assertThat(javaArguments(launcher)).contains("-XX:+UseG1GC", "-Xmx96m").doesNotContain("-XX:+UseSerialGC");
    }

    private static List<String> javaArguments(Path launcher, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
