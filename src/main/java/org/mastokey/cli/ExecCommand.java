package org.mastokey.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mastokey.account.SavedAccount;
import org.mastokey.net.Secret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mastokey exec ACCOUNT -- COMMAND}: the token in one command's environment, and nowhere else. */
@Command(name = "exec", mixinStandardHelpOptions = true,
        header = "Run a command with an account's token in its environment only.",
        description = {"Runs COMMAND with MASTODON_ACCESS_TOKEN, MASTODON_API_BASE_URL and MASTODON_ACCOUNT set for",
                "ACCOUNT. The token is never printed, never on a command line and never in a file. The command's",
                "exit code is passed through; TERM and HUP sent to mastokey reach the command.",
                "  mastokey exec alice@example.social -- python3 post.py",
                "  mastokey exec --env-name MASTODON_TOKEN alice@example.social -- ./bot.sh"})
final class ExecCommand implements Callable<Integer> {
    @Option(names = "--env-name", paramLabel = "NAME", defaultValue = "MASTODON_ACCESS_TOKEN",
            description = "The variable that holds the token (default: ${DEFAULT-VALUE}).")
    String tokenVariable;

    @Option(names = "--verify", description = "Check with the server that the token still works before COMMAND starts.")
    boolean verify;

    @Parameters(index = "0", paramLabel = "ACCOUNT", description = "user@server, as shown by mastokey list")
    String account;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments, after --.")
    List<String> command;

    private final CommandContext context;

    ExecCommand(CliEnvironment env) {
        this.context = new CommandContext(env);
    }

    @Override
    public Integer call() throws Exception {
        if (!EnvironmentNames.isValid(tokenVariable)) {
            throw new CliFailure(ExitCode.USAGE, "--env-name \"" + tokenVariable + "\" is not a variable name (letters, digits, _).");
        }
        SavedAccount saved = context.saved(account);
        Secret token = context.token(account);
        if (verify) {
            VerifyCommand.check(context, account);
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(tokenVariable, token.reveal());
        environment.put("MASTODON_API_BASE_URL", saved.server().toString());
        environment.put("MASTODON_ACCOUNT", saved.acct());
        return ChildCommand.run(command, environment, context.env());
    }
}
