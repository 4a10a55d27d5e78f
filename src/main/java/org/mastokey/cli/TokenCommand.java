package org.mastokey.cli;

import java.util.concurrent.Callable;
import org.mastokey.account.SavedAccount;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.net.Secret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mastokey token ACCOUNT}: the one command that prints a secret, and only to stdout. */
@Command(name = "token", mixinStandardHelpOptions = true,
        header = "Print the saved token of an account, for scripts.",
        description = {"Prints the saved access token of ACCOUNT to stdout, for scripts:",
                "  export MASTODON_ACCESS_TOKEN=$(mastokey token alice@example.social)",
                "  export $(mastokey token --env alice@example.social)"})
final class TokenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ACCOUNT", description = "user@server, as shown by mastokey list")
    String account;

    @Option(names = "--env", description = "Print MASTODON_ACCESS_TOKEN=... and MASTODON_API_BASE_URL=... lines.")
    boolean env;

    private final CommandContext context;

    TokenCommand(CliEnvironment env) {
        this.context = new CommandContext(env);
    }

    @Override
    public Integer call() throws Exception {
        return print(context, account, env);
    }

    /** Shared with {@link Cli}'s quick path, which runs it without building the picocli model. */
    static int print(CommandContext context, String account, boolean env) throws KeystoreException {
        Secret token = context.token(account);
        if (env) {
            SavedAccount saved = context.saved(account);
            context.env().out().println("MASTODON_ACCESS_TOKEN=" + token.reveal());
            context.env().out().println("MASTODON_API_BASE_URL=" + saved.server());
        } else {
            context.env().out().println(token.reveal());
        }
        context.env().out().flush();
        return ExitCode.OK;
    }
}
