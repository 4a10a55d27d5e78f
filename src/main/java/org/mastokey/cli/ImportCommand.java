package org.mastokey.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mastokey.account.imports.ImportOutcome;
import org.mastokey.account.imports.PlaintextFormat;
import org.mastokey.account.imports.PlaintextImport;
import org.mastokey.account.imports.UnreadableSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mastokey import toot|mastodon.py|env [PATH]}: the plaintext tokens of other tools, into the keychain. */
@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Move the tokens of other tools' plaintext files into the keychain.",
        description = {"Reads the tokens in FORMAT's file, checks each with its server and saves it in",
                "the keychain as the account the server says it acts for, with the file's app",
                "credentials (so that revoke and rotate work). One line per token: imported,",
                "already saved, or rejected and why. FORMAT is one of:",
                "  toot         toot's config.json (default $XDG_CONFIG_HOME/toot/config.json)",
                "  mastodon.py  a user credential file of Mastodon.py's log_in(to_file=...)",
                "  env          a .env with MASTODON_ACCESS_TOKEN and MASTODON_API_BASE_URL",
                "With --remove-plaintext, the file then loses the tokens now in the keychain:",
                "a .env line becomes MASTODON_ACCESS_TOKEN=mastokey://ACCOUNT (for mastokey run),",
                "a toot user loses its access_token and gains a \"mastokey\" note, a Mastodon.py",
                "user file is deleted. The file is replaced in one step, readable by you only;",
                "--backup keeps the old one as FILE.bak.",
                "Exit code: 0 when every token is in the keychain, 7 when any was refused, 5 when",
                "a server could not be reached, 8 when the file could not be rewritten.",
                "  mastokey import toot --remove-plaintext",
                "  mastokey import env .env --remove-plaintext",
                "  mastokey import mastodon.py bot_usercred.secret"})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT", description = "toot, mastodon.py or env")
    String format;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH", description = "The file (required except for toot).")
    Path path;

    @Option(names = "--remove-plaintext", description = "Rewrite the file without the tokens now in the keychain.")
    boolean removePlaintext;

    @Option(names = "--backup", description = "With --remove-plaintext: keep the file as it was in FILE.bak (0600; it still holds the secrets).")
    boolean backup;

    @Option(names = "--client-file", paramLabel = "FILE",
            description = "Mastodon.py's client credential file, for a user file without the client id and secret.")
    Path clientFile;

    @Option(names = "--server", paramLabel = "URL",
            description = "The server, for Mastodon.py user files of the oldest format (the token alone).")
    String server;

    @Option(names = "--note", paramLabel = "TEXT", description = "What the tokens are for; shown by mastokey list (default: imported from FORMAT).")
    String note;

    @Mixin
    KeychainOptions keychain;

    private final CommandContext context;

    ImportCommand(CliEnvironment env) {
        this.context = new CommandContext(env);
    }

    @Override
    public Integer call() throws Exception {
        context.use(keychain);
        PlaintextFormat which = PlaintextFormat.named(format).orElseThrow(() -> new CliFailure(ExitCode.USAGE,
                "\"" + format + "\" is not a format mastokey can import: use toot, mastodon.py or env."));
        if (backup && !removePlaintext) {
            throw new CliFailure(ExitCode.USAGE, "--backup goes with --remove-plaintext.");
        }
        if ((clientFile != null || server != null) && which != PlaintextFormat.MASTODON_PY) {
            throw new CliFailure(ExitCode.USAGE, "--client-file and --server are for mastodon.py files only.");
        }
        Path file = path != null ? path : defaultPath(which);
        PlaintextImport.Source source;
        try {
            source = PlaintextImport.read(which, file, Optional.ofNullable(server), Optional.ofNullable(clientFile));
        } catch (UnreadableSource e) {
            throw new CliFailure(ExitCode.USAGE, e.getMessage());
        }
        context.requireWritableKeychain();
        PlaintextImport imports = context.engine().plaintextImport();
        List<ImportOutcome> outcomes = imports.importAll(source, note != null ? note : "imported from " + which.cliName());
        if (outcomes.isEmpty()) {
            throw new CliFailure(ExitCode.NOT_FOUND, file + " holds no token.");
        }
        outcomes.forEach(outcome -> context.env().out().println(line(outcome)));
        int exit = exitCode(outcomes);
        if (removePlaintext) {
            try {
                imports.removePlaintext(source, outcomes, backup).ifPresentOrElse(this::reportRemoval,
                        () -> context.env().out().println(file + " is unchanged: none of its tokens is in the keychain."));
            } catch (IOException e) {
                context.env().err().println("mastokey: the tokens are saved, but " + file + " could not be rewritten ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "); it still holds them.");
                return exit == ExitCode.OK ? ExitCode.PARTIAL : exit;
            }
        }
        return exit;
    }

    private Path defaultPath(PlaintextFormat which) {
        if (which != PlaintextFormat.TOOT) {
            throw new CliFailure(ExitCode.USAGE, "Give the " + which.cliName() + " file to import: mastokey import "
                    + which.cliName() + " PATH");
        }
        Path home = context.env().variable("HOME").map(Path::of).orElse(Path.of(System.getProperty("user.home")));
        return PlaintextImport.tootConfig(context.env().variable("XDG_CONFIG_HOME"), home);
    }

    private static String line(ImportOutcome outcome) {
        return switch (outcome.kind()) {
            case IMPORTED -> "imported: " + outcome.account().orElseThrow().acct() + " (" + outcome.entry() + ")"
                    + (outcome.account().get().appKey() == null
                    ? "; the file had no app credentials, so revoke it on the server's settings page" : "");
            case ALREADY_SAVED -> "already saved: " + outcome.account().orElseThrow().acct() + " (" + outcome.entry() + ")";
            case OTHER_TOKEN_SAVED, REJECTED -> "rejected: " + outcome.entry() + ": " + outcome.reason();
        };
    }

    private void reportRemoval(PlaintextImport.Removal removal) {
        context.env().out().println(removal.deleted()
                ? "Deleted " + removal.file() + ": its token is in the keychain."
                : "Removed " + removal.entries().size() + " token(s) from " + removal.file() + ".");
        removal.backup().ifPresent(copy -> context.env().out().println("The old file, secrets and all, is in " + copy
                + " (readable by you only); delete it once you no longer need it."));
    }

    /** 0 when every token is in the keychain; else 7 when any was refused, 5 when only servers could not be reached. */
    private static int exitCode(List<ImportOutcome> outcomes) {
        boolean refused = false;
        boolean unreachable = false;
        for (ImportOutcome outcome : outcomes) {
            if (!outcome.isInKeychain()) {
                boolean serverTrouble = outcome.failure().isPresent() && FailureReport.of(outcome.failure().get()).exitCode() == ExitCode.SERVER_ERROR;
                unreachable |= serverTrouble;
                refused |= !serverTrouble;
            }
        }
        return refused ? ExitCode.REFUSED : unreachable ? ExitCode.SERVER_ERROR : ExitCode.OK;
    }
}
