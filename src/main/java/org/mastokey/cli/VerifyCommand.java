package org.mastokey.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.mastokey.account.AccountVerifier;
import org.mastokey.account.Engine;
import org.mastokey.account.SavedAccount;
import org.mastokey.account.VerifiedAccount;
import org.mastokey.net.OAuthError;
import org.mastokey.oauth.AccessToken;
import org.mastokey.server.ServerInfo;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mastokey verify ACCOUNT | --all}: asks the server whether saved tokens still work. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Check with the server that a saved token still works.",
        description = {"Checks with the server that the saved token of ACCOUNT still works and acts for that account.",
                "With --all, checks every saved account and prints one line each: valid, revoked or unreachable;",
                "the exit code is 0 only when all are valid (7 when any was refused, else 5), for cron and CI."})
final class VerifyCommand implements Callable<Integer> {
    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(paramLabel = "ACCOUNT", description = "user@server, as shown by mastokey list")
        String account;

        @Option(names = "--all", description = "Check every saved account.")
        boolean all;
    }

    private final CommandContext context;

    VerifyCommand(CliEnvironment env) {
        this.context = new CommandContext(env);
    }

    @Override
    public Integer call() throws Exception {
        if (which.all) {
            return verifyAll();
        }
        context.env().out().println(check(context, which.account));
        return ExitCode.OK;
    }

    private int verifyAll() throws Exception {
        List<SavedAccount> saved = new ArrayList<>(context.accounts().list());
        saved.sort(Comparator.comparing(SavedAccount::acct));
        if (saved.isEmpty()) {
            context.env().err().println("No saved accounts. Add one with: mastokey login --server HOST");
            return ExitCode.OK;
        }
        int worst = ExitCode.OK;
        for (SavedAccount account : saved) {
            try {
                check(context, account.acct());
                context.env().out().println("valid        " + account.acct());
            } catch (Exception | Error failure) {
                FailureReport report = FailureReport.of(failure);
                String state = report.exitCode() == ExitCode.REFUSED ? "revoked" : report.exitCode() == ExitCode.SERVER_ERROR
                        ? "unreachable" : "failed";
                context.env().out().println(String.format("%-12s %s", state, account.acct()));
                context.env().err().println("mastokey: " + account.acct() + ": " + report.message());
                worst = worst == ExitCode.REFUSED ? worst : report.exitCode();
            }
            context.env().out().flush();
        }
        return worst;
    }

    /**
     * Checks the saved token of one account with its server.
     *
     * @return the line that says it works ("ok: alice@example.social on https://example.social, scopes: read")
     * @throws CliFailure with {@link ExitCode#REFUSED} when the server no longer accepts it or it acts for another account
     */
    static String check(CommandContext context, String account) throws Exception {
        SavedAccount saved = context.saved(account);
        AccessToken token = new AccessToken(context.token(account), "Bearer", saved.scopes(), saved.savedAt());
        Engine engine = context.engine();
        ServerInfo server = engine.loginFlow().discover(saved.server().toString());
        VerifiedAccount verified;
        try {
            if (AppOnlyTokens.isAppOnly(saved.acct())) {
                String app = AppOnlyTokens.verify(engine, server, token.value());
                return "ok: " + saved.acct() + " (app-only token of \"" + app + "\") on "
                        + saved.server() + ", scopes: " + (saved.scopes().isEmpty() ? "(none)" : saved.scopes());
            }
            verified = new AccountVerifier(engine.http()).verify(server, token);
        } catch (OAuthError e) {
            if (e.status() == 401) {
                throw new CliFailure(ExitCode.REFUSED, saved.server().getHost() + " no longer accepts the token of "
                        + saved.acct() + " (it was revoked or is invalid). Get a new one with: mastokey login --server "
                        + saved.server() + "; forget this one with: mastokey revoke --local-only " + saved.acct(), e);
            }
            throw e;
        }
        if (!verified.acct().equalsIgnoreCase(saved.acct())) {
            throw new CliFailure(ExitCode.REFUSED, "The token saved as " + saved.acct() + " acts for " + verified.acct()
                    + " on the server. Log in again with: mastokey login --force-login --server " + saved.server());
        }
        String name = verified.displayName() == null || verified.displayName().isBlank() ? "" : " (" + verified.displayName() + ")";
        return "ok: " + verified.acct() + name + " on " + saved.server() + ", scopes: " + describe(verified, saved);
    }

    private static String describe(VerifiedAccount verified, SavedAccount saved) {
        var scopes = verified.grantedScopes() != null && !verified.grantedScopes().isEmpty()
                ? verified.grantedScopes() : saved.scopes();
        return scopes.isEmpty() ? "(none)" : scopes.asParameter();
    }
}
