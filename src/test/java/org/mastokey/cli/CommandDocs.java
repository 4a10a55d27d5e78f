package org.mastokey.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Writes the man page and the bash, zsh and fish completions of {@code mastokey} from the picocli
 * command model, so they cannot drift from {@code --help}. Run by the installer profile at package time
 * (a build tool: it lives with the tests and is not part of the app):
 *
 * <pre>java -cp TEST_CLASSPATH org.mastokey.cli.CommandDocs OUT_DIR VERSION</pre>
 *
 * OUT_DIR gets the paths the Linux packages install under /usr/share: {@code man/man1/mastokey.1},
 * {@code bash-completion/completions/mastokey}, {@code zsh/vendor-completions/_mastokey},
 * {@code fish/vendor_completions.d/mastokey.fish}.
 */
public final class CommandDocs {
    static final String BASH_COMPLETION = "/usr/share/bash-completion/completions/mastokey";

    private CommandDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CommandDocs OUT_DIR VERSION");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        CommandLine cli = model();
        Map<String, String> files = Map.of(
                "man/man1/mastokey.1", ManPage.render(cli, args[1], LocalDate.now()),
                "bash-completion/completions/mastokey", bash(cli),
                "zsh/vendor-completions/_mastokey", zsh(),
                "fish/vendor_completions.d/mastokey.fish", fish(cli));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = out.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        System.out.println("CommandDocs: wrote " + files.size() + " files to " + out);
    }

    /** The command line exactly as {@code mastokey} builds it; building it opens no keychain. */
    static CommandLine model() {
        return Cli.commandLine(CliEnvironment.system());
    }

    static String bash(CommandLine cli) {
        return AutoComplete.bash("mastokey", cli);
    }

    /** zsh runs the bash completion through its bash emulation (bashcompinit). */
    static String zsh() {
        return String.join("\n",
                "#compdef mastokey",
                "# Generated from mastokey's command model: zsh runs the bash completion through bashcompinit.",
                "autoload -U +X bashcompinit && bashcompinit",
                "source " + BASH_COMPLETION,
                "_bash_complete -F _complete_mastokey",
                "");
    }

    static String fish(CommandLine cli) {
        StringBuilder out = new StringBuilder("# Generated from mastokey's command model; do not edit.\n");
        out.append("complete -c mastokey -f\n");
        options(out, "__fish_use_subcommand", cli.getCommandSpec().options());
        for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
            CommandSpec spec = sub.getValue().getCommandSpec();
            out.append("complete -c mastokey -n __fish_use_subcommand -a ").append(sub.getKey())
                    .append(" -d ").append(fishQuote(summary(spec))).append('\n');
            options(out, "'__fish_seen_subcommand_from " + sub.getKey() + "'", spec.options());
        }
        return out.toString();
    }

    private static void options(StringBuilder out, String condition, List<OptionSpec> options) {
        for (OptionSpec option : options) {
            if (option.hidden()) {
                continue;
            }
            out.append("complete -c mastokey -n ").append(condition);
            for (String name : option.names()) {
                out.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
            }
            if (option.arity().max() > 0) {
                out.append(" -r");
            }
            out.append(" -d ").append(fishQuote(firstSentence(option.description()))).append('\n');
        }
    }

    /** A command's one-line summary: its header, else the first line of its description. */
    static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        return header.length > 0 ? header[0] : firstSentence(spec.usageMessage().description());
    }

    static String firstSentence(String[] lines) {
        return lines.length == 0 ? "" : lines[0].replace("%n", " ").trim();
    }

    private static String fishQuote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
