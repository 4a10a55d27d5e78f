package org.mastokey.cli;

import org.mastokey.net.MastokeyVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mastokey}: the root of the command line; its subcommands are added by {@link Cli}. */
@Command(name = "mastokey",
        mixinStandardHelpOptions = true,
        versionProvider = MastokeyCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
                "Scoped Mastodon access tokens, kept in your OS keychain.",
                "Without a command, mastokey starts the desktop wizard.",
        },
        footerHeading = "%nExit codes:%n",
        footer = {
                "  0  ok",
                "  1  internal error (a bug; please report it)",
                "  2  usage error (unknown command or option, missing argument)",
                "  3  not found (no saved token for that account)",
                "  4  keychain unavailable, locked or not answering",
                "  5  server error (unreachable, timed out, unusable answer); nothing changed",
                "  6  cancelled (authorization denied, no code, timed out waiting)",
                "  7  refused (token revoked or invalid, wrong account, bad scope; see the message)",
                "  8  partly done (rotate saved the new token but could not revoke the old one)",
                "",
                "In scripts:  export MASTODON_ACCESS_TOKEN=$(mastokey token alice@example.social)",
        })
final class MastokeyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // "mastokey" alone starts the wizard and never gets here; anything else needs a command.
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command.");
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"mastokey " + MastokeyVersion.current()};
        }
    }
}
