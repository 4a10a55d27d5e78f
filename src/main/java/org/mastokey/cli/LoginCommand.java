package org.mastokey.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.mastokey.account.Login;
import org.mastokey.account.SavedAccount;
import org.mastokey.oauth.Scopes;
import org.mastokey.net.Secret;
import org.mastokey.server.ServerInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mastokey login --server HOST}: the wizard's flow, without the wizard. */
@Command(name = "login", mixinStandardHelpOptions = true,
        header = "Authorize on a server and save the token in the keychain.",
        description = {"Authorizes Mastokey on a Mastodon server and saves the token in the keychain.",
                "Nothing secret is printed; get the token later with: mastokey token ACCOUNT"})
final class LoginCommand implements Callable<Integer> {
    @Option(names = "--server", required = true, paramLabel = "HOST",
            description = "The server, or your handle: mastodon.social, @alice@example.social, https://example.social")
    String server;

    @Option(names = "--scopes", paramLabel = "SCOPES", defaultValue = "read",
            description = "Space-separated scopes to ask for (default: ${DEFAULT-VALUE}), like \"read write:statuses\".")
    String scopes;

    @Option(names = "--note", paramLabel = "TEXT", defaultValue = "",
            description = "What the token is for; shown by mastokey list.")
    String note;

    @Option(names = "--app-only", description = {"Get an app-only token (client credentials): no sign-in, acts for no user,",
            "reads public data. Saved as app-only@SERVER."})
    boolean appOnly;

    @Mixin
    AuthorizeOptions authorize;

    private final CommandContext context;

    LoginCommand(CliEnvironment env) {
        this.context = new CommandContext(env);
    }

    @Override
    public Integer call() throws Exception {
        Scopes requested = Scopes.parse(scopes);
        if (requested.isEmpty()) {
            throw new CliFailure(ExitCode.USAGE, "--scopes is empty; ask for at least one scope, e.g. --scopes read.");
        }
        if (appOnly && (authorize.mode != null || authorize.browserCommand != null || authorize.forceLogin)) {
            throw new CliFailure(ExitCode.USAGE, "--app-only needs no authorization: leave out --browser, --oob,"
                    + " --browser-command and --force-login.");
        }
        context.requireWritableKeychain();
        ServerInfo info = context.engine().loginFlow().discover(server);
        Login login = appOnly
                ? AppOnlyTokens.obtain(context.engine(), info, requested)
                : new Authorization(context, authorize).run(info, requested);
        Optional<Secret> previous = context.accounts().token(login.account().acct());
        SavedAccount saved = context.accounts().save(login, note);
        if (previous.isPresent() && !previous.get().equals(login.token().value())) {
            // The keychain held the only copy Mastokey had of that token; it still works on the server.
            context.env().err().println("Note: this replaced the token saved earlier for " + saved.acct() + ". That token"
                    + " is still valid; revoke it on " + saved.server() + " (Preferences > Account > Authorized apps)"
                    + " if nothing else uses it.");
        }
        Scopes asked = appOnly ? requested : context.engine().loginFlow().scopesFor(info, requested);
        Scopes granted = login.token().scopes();
        if (granted != null && !granted.isEmpty() && !granted.equals(asked)) {
            context.env().err().println("Note: the server granted \"" + granted + "\", not \"" + asked + "\".");
        }
        context.env().out().println("Saved the token of " + saved.acct() + " (" + saved.scopes() + ") in the keychain ("
                + context.store().backendName() + ").");
        context.env().out().println("Use it in scripts: export MASTODON_ACCESS_TOKEN=$(mastokey token " + saved.acct() + ")");
        return ExitCode.OK;
    }
}
