package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Shell launchers pick the slim command-line start before Java runs, so they carry the command names
 * in a {@code case} pattern; this keeps each pattern equal to the one list in {@link Cli}.
 */
class LauncherCommandListTest {
    private static final Pattern CASE_PATTERN = Pattern.compile("^\\s*((?:[a-z-]+\\|)+[a-zA-Z-]+)\\)", Pattern.MULTILINE);

    @Test
    void theCheckoutLauncherKnowsEveryCommand() throws IOException {
        assertThat(patternIn(Path.of("scripts/mastokey"))).containsExactlyInAnyOrderElementsOf(expected());
    }

    @Test
    void everyCommandSelectsTheCommandLineAndNothingElseDoes() {
        for (String name : Cli.commandNames()) {
            assertThat(Cli.selects(new String[] {name})).as(name).isTrue();
        }
        assertThat(Cli.selects(new String[] {"--demo"})).isFalse();
        assertThat(Cli.selects(new String[0])).isFalse();
    }

    private static List<String> expected() {
        List<String> names = new ArrayList<>(Cli.commandNames());
        names.addAll(List.of("--help", "-h", "--version", "-V"));
        return names;
    }

    private static List<String> patternIn(Path script) throws IOException {
        Matcher m = CASE_PATTERN.matcher(Files.readString(script));
        assertThat(m.find()).as("a case pattern of command names in %s", script).isTrue();
        return List.of(m.group(1).split("\\|"));
    }
}
