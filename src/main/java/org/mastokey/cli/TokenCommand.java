package org.mastokey.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.mastokey.account.SavedAccount;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.net.Secret;
import org.mastokey.net.ServerText;
import org.mastokey.net.TokenSyntax;
import org.mastokey.server.ServerOrigin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mastokey token ACCOUNT}: the one command that prints a secret, and only to stdout. */
@Command(name = "token", mixinStandardHelpOptions = true,
        header = "Print the saved token of an account, for scripts.",
        description = {"Prints the saved access token of ACCOUNT to stdout, for scripts:",
                "  export MASTODON_ACCESS_TOKEN=$(mastokey token alice@example.social)",
                "  export $(mastokey token --env alice@example.social)",
                "  eval \"$(mastokey token --env alice@example.social)\"",
                "The --env lines are also a valid .env file; values never need quoting."})
final class TokenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ACCOUNT", description = "user@server, as shown by mastokey list")
    String account;

    @Option(names = "--env", description = {"Print MASTODON_ACCESS_TOKEN=... and MASTODON_API_BASE_URL=... lines,",
            "safe for export $(...), eval \"$(...)\" and .env files."})
    boolean env;

    @Mixin
    KeychainOptions keychain;

    private final CommandContext context;

    TokenCommand(CliEnvironment env) {
        this.context = new CommandContext(env);
    }

    @Override
    public Integer call() throws Exception {
        context.use(keychain);
        return print(context, account, env);
    }

    /** Shared with {@link Cli}'s quick path, which runs it without building the picocli model. */
    static int print(CommandContext context, String account, boolean env) throws KeystoreException {
        Secret token = context.token(account);
        String acct = CommandContext.normalise(account);
        if (!TokenSyntax.isValid(token)) {
            throw new CliFailure(ExitCode.REFUSED, "The token saved for " + ServerText.oneLine(acct) + " has characters (or a length)"
                    + " no access token has, so Mastokey does not print it. Log in again, then remove the old app on the server.");
        }
        if (env) {
            SavedAccount saved = context.saved(account);
            ServerOrigin origin = ServerOrigin.parse(String.valueOf(saved.server())).orElseThrow(() -> new CliFailure(ExitCode.REFUSED,
                    "The server saved for " + ServerText.oneLine(acct) + " is no http(s) address Mastokey would talk to; log in again."));
            List<String> lines = EnvLines.of("MASTODON_ACCESS_TOKEN", token.reveal(), "MASTODON_API_BASE_URL", origin.toString());
            lines.forEach(context.env().out()::println);
        } else {
            context.env().out().println(token.reveal());
        }
        context.env().out().flush();
        return ExitCode.OK;
    }
}
