package org.mastokey.cli;

import java.util.concurrent.Callable;
import org.mastokey.account.AccountVerifier;
import org.mastokey.account.SavedAccount;
import org.mastokey.account.VerifiedAccount;
import org.mastokey.account.Engine;
import org.mastokey.net.OAuthError;
import org.mastokey.oauth.AccessToken;
import org.mastokey.server.ServerInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mastokey verify ACCOUNT}: asks the server whether the saved token still works. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Check with the server that a saved token still works.",
        description = "Checks with the server that the saved token of ACCOUNT still works and acts for that account.")
final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ACCOUNT", description = "user@server, as shown by mastokey list")
    String account;

    private final CommandContext context;

    VerifyCommand(CliEnvironment env) {
        this.context = new CommandContext(env);
    }

    @Override
    public Integer call() throws Exception {
        SavedAccount saved = context.saved(account);
        AccessToken token = new AccessToken(context.token(account), "Bearer", saved.scopes(), saved.savedAt());
        Engine engine = context.engine();
        ServerInfo server = engine.loginFlow().discover(saved.server().toString());
        VerifiedAccount verified;
        try {
            if (AppOnlyTokens.isAppOnly(saved.acct())) {
                String app = AppOnlyTokens.verify(engine, server, token.value());
                context.env().out().println("ok: " + saved.acct() + " (app-only token of \"" + app + "\") on "
                        + saved.server() + ", scopes: " + (saved.scopes().isEmpty() ? "(none)" : saved.scopes()));
                return ExitCode.OK;
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
        context.env().out().println("ok: " + verified.acct() + name + " on " + saved.server()
                + ", scopes: " + describe(verified, saved));
        return ExitCode.OK;
    }

    private static String describe(VerifiedAccount verified, SavedAccount saved) {
        var scopes = verified.grantedScopes() != null && !verified.grantedScopes().isEmpty()
                ? verified.grantedScopes() : saved.scopes();
        return scopes.isEmpty() ? "(none)" : scopes.asParameter();
    }
}
