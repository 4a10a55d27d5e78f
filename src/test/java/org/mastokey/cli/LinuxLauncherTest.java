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
import java.util.Map;
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
        Path launcher = fakeImage(image);

        assertThat(javaArguments(launcher, Map.of(), "token", "alice@example.social"))
                .contains("-XX:+UseSerialGC", "-Xmx96m").doesNotContain("-XX:+UseG1GC");
        assertThat(javaArguments(launcher, Map.of())).contains("-XX:+UseG1GC", "-Xmx96m").doesNotContain("-XX:+UseSerialGC");
    }

    /** Without a GPU, Mesa is loaded only to be refused by Prism: about 50 MB of the wizard's memory. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutAGpuTheWizardSkipsGlAndTheCommandLineIsLeftAlone(@TempDir Path image) throws IOException, InterruptedException {
        Path launcher = fakeImage(image);
        boolean gpu = Files.exists(Path.of("/dev/nvidia0"));
        Path dri = Path.of("/dev/dri");
        if (Files.isDirectory(dri)) {
            try (var render = Files.newDirectoryStream(dri, "renderD*")) {
                gpu |= render.iterator().hasNext();
            }
        }
        List<String> software = List.of("-Dprism.order=sw", "GDK_GL=disable");

        List<String> wizard = javaArguments(launcher, Map.of());
        if (gpu) {
            assertThat(wizard).doesNotContainAnyElementsOf(software).contains("GDK_GL=");
        } else {
            assertThat(wizard).containsAll(software);
        }
        assertThat(javaArguments(launcher, Map.of(), "token", "alice@example.social"))
                .doesNotContainAnyElementsOf(software).contains("GDK_GL=");
        assertThat(javaArguments(launcher, Map.of("GDK_GL", "always", "JAVA_TOOL_OPTIONS", "-Dprism.order=es2")))
                .contains("GDK_GL=always").doesNotContain("-Dprism.order=sw");
    }

    private static Path fakeImage(Path image) throws IOException {
        Path launcher = image.resolve("bin/Mastokey");
        Files.createDirectories(launcher.getParent());
        Files.copy(Path.of("packaging/linux/Mastokey"), launcher);
        Path cfg = image.resolve("lib/app/Mastokey.cfg");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, String.join("\n", "[Application]", "app.classpath=$APPDIR/mastokey.jar",
                "app.mainclass=org.mastokey.Main", "[JavaOptions]", "java-options=-XX:+UseG1GC", "java-options=-Xmx96m", ""));
        Path java = image.resolve("lib/runtime/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\necho \"GDK_GL=$GDK_GL\"\n");
        for (Path script : List.of(launcher, java)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return launcher;
    }

    private static List<String> javaArguments(Path launcher, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("GDK_GL", "JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
