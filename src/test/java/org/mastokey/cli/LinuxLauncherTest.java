package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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
}
