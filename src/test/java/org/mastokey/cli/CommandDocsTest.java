package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The man page and the completions the Linux packages install, made from the command model. */
class CommandDocsTest {
    private final CommandLine cli = CommandDocs.model();

    @Test
    void theManPageDocumentsEveryCommandAndOption() {
        String man = ManPage.render(cli, "1.2.3", LocalDate.of(2026, 12, 2));
        assertThat(man).startsWith(".TH MASTOKEY 1 \"2026-12-02\" \"mastokey 1.2.3\"");
        for (var sub : cli.getSubcommands().entrySet()) {
            assertThat(man).contains(".SS " + sub.getKey() + "\n");
            for (OptionSpec option : sub.getValue().getCommandSpec().options()) {
                assertThat(man).as("option %s of %s", option.longestName(), sub.getKey())
                        .contains("\\fB" + ManPage.escape(option.longestName()) + "\\fR");
            }
        }
        assertThat(man).contains(".TP\n.B 3\nnot found");
    }

    @Test
    void manFormatsThePageWithoutWarnings(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("groff"), "groff is not installed");
        Path page = dir.resolve("mastokey.1");
        Files.writeString(page, ManPage.render(cli, "1.2.3", LocalDate.of(2026, 12, 2)));
        Result result = run(List.of("groff", "-man", "-Tutf8", "-ww", "-z", page.toString()));
        assertThat(result.output()).isEmpty();
        assertThat(result.exitCode()).isZero();
        String text = run(List.of("groff", "-man", "-Tutf8", page.toString())).output();
        assertThat(text).contains("export MASTODON_ACCESS_TOKEN=$(mastokey token alice@example.social)");
    }

    @Test
    void bashCompletesCommandsAndTheirOptions(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("mastokey");
        Files.writeString(script, CommandDocs.bash(cli));
        assertThat(complete(script, "mastokey to")).containsExactly("token");
        assertThat(complete(script, "mastokey token --e")).containsExactly("--env");
        assertThat(complete(script, "mastokey list -")).contains("--quiet", "--help");
    }

    /** Types into an interactive zsh on a pseudo-terminal (zsh/zpty) and reads what TAB completed. */
    @Test
    void zshCompletesThroughTheBashCompletion(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("zsh") && onPath("timeout"), "zsh is not installed");
        Path bash = dir.resolve("mastokey.bash");
        Files.writeString(bash, CommandDocs.bash(cli));
        Files.createDirectories(dir.resolve("functions"));
        Files.writeString(dir.resolve("functions/_mastokey"),
                CommandDocs.zsh().replace(CommandDocs.BASH_COMPLETION, bash.toString()));
        Path session = dir.resolve("session.zsh");
        Files.writeString(session, String.join("\n",
                "zmodload zsh/zpty",
                "zpty z 'zsh -f -i'",
                "zpty -w z 'fpath=(" + dir.resolve("functions") + " $fpath); autoload -U compinit; compinit -u; mastokey() { :; }'",
                "zpty -w -n z $'mastokey tok\\t'",
                "zpty -r z out '*mastokey token*' && print completed: token",
                "zpty -w -n z $' --e\\t'",
                "zpty -r z out '*--env*' && print completed: --env",
                "zpty -d z", ""));
        Result result = run(List.of("timeout", "30", "zsh", "-f", session.toString()));
        assertThat(result.output()).contains("completed: token", "completed: --env");
    }

    @Test
    void fishOffersEveryCommandAndItsOptions() {
        String fish = CommandDocs.fish(cli);
        assertThat(fish).contains("complete -c mastokey -n __fish_use_subcommand -a token -d 'Print the saved token");
        assertThat(fish).contains("complete -c mastokey -n '__fish_seen_subcommand_from token' -l env -d ");
        assertThat(fish).contains("complete -c mastokey -n '__fish_seen_subcommand_from login' -l server -r -d ");
        assertThat(fish).contains("complete -c mastokey -n '__fish_seen_subcommand_from list' -s q -l quiet -d ");
        for (String command : cli.getSubcommands().keySet()) {
            assertThat(fish).contains("-a " + command + " -d '");
        }
    }

    /** What bash's programmable completion offers for LINE (cursor at its end). */
    private static List<String> complete(Path script, String line) throws Exception {
        String[] words = line.split(" ", -1);
        String shell = "source " + script + "\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=" + line.length() + "\n"
                + "COMP_WORDS=(" + String.join(" ", words).replace("--", "--") + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "_complete_mastokey\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        return run(List.of("bash", "--norc", "--noprofile", "-c", shell)).output().lines()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
