package org.mastokey.cli;

import java.util.concurrent.Callable;
import org.mastokey.account.Login;
import org.mastokey.account.SavedAccount;
import org.mastokey.app.Engine;
import org.mastokey.net.ServiceException;
import org.mastokey.oauth.AppCache;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.Secret;
import org.mastokey.server.ServerInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code mastokey rotate ACCOUNT}: a new token with the same scopes, verified and saved, then the old
 * one revoked. The old token stays saved until the new one is in the keychain.
 *
 * <p>Mastodon hands out the same token again when the same app is authorized again for the same
 * scopes, so rotation registers a fresh app: the cached registration is set aside for the
 * authorization and put back if the authorization fails.
 */
@Command(name = "rotate", mixinStandardHelpOptions = true,
        header = "Replace a token with a new one, then revoke the old one.",
        description = {"Replaces the token of ACCOUNT: authorizes a new one with the same scopes, verifies it,",
                "saves it in place of the old one, then revokes the old one on the server."})
final class RotateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ACCOUNT", description = "user@server, as shown by mastokey list")
    String account;

    @Mixin
    AuthorizeOptions authorize;

    private final CommandContext context;

    RotateCommand(CliEnvironment env) {
        this.context = new CommandContext(env);
    }

    @Override
    public Integer call() throws Exception {
        context.requireWritableKeychain();
        SavedAccount saved = context.saved(account);
        Secret oldToken = context.token(account);
        Engine engine = context.engine();
        AppCache apps = engine.accounts().appCache();
        RegisteredApp oldApp = engine.accounts().registration(saved).orElseThrow(() -> new CliFailure(ExitCode.NOT_FOUND,
                "The app registration of the token of " + saved.acct() + " is no longer in the keychain, so its token"
                        + " could not be revoked after rotating. Log in again with: mastokey login --server " + saved.server()));

        Login login;
        apps.remove(saved.appKey());
        try {
            ServerInfo server = engine.loginFlow().discover(saved.server().toString());
            login = new Authorization(context, authorize).run(server, saved.scopes());
        } catch (Exception | Error e) {
            apps.save(oldApp);
            throw e;
        }
        if (!login.account().acct().equalsIgnoreCase(saved.acct())) {
            revokeQuietly(login.app(), login.token().value());
            apps.save(oldApp);
            throw new CliFailure(ExitCode.REFUSED, "The server authorized " + login.account().acct() + ", not "
                    + saved.acct() + "; the token of " + saved.acct() + " is unchanged. Try again with --force-login.");
        }
        if (login.token().value().equals(oldToken)) {
            throw new CliFailure(ExitCode.PARTIAL, "The server handed out the same token again, so nothing was rotated;"
                    + " the token of " + saved.acct() + " is unchanged and still valid.");
        }
        context.accounts().save(login, saved.note());
        context.env().err().println("Saved the new token of " + saved.acct() + "; revoking the old one...");
        try {
            engine.loginFlow().revoke(oldApp, oldToken);
        } catch (ServiceException e) {
            throw new CliFailure(ExitCode.PARTIAL, "The new token of " + saved.acct() + " is saved, but the old one could not"
                    + " be revoked: " + e.getMessage() + " Revoke it on " + saved.server()
                    + " (Preferences > Account > Authorized apps: the older \"Mastokey\" entry).", e);
        }
        context.env().out().println("Rotated the token of " + saved.acct() + " (" + login.token().scopes()
                + "): the new one is in the keychain, the old one is revoked.");
        return ExitCode.OK;
    }

    private void revokeQuietly(RegisteredApp app, Secret token) {
        try {
            context.engine().loginFlow().revoke(app, token);
        } catch (Exception e) {
            context.env().err().println("mastokey: could not revoke the token of the other account: " + e.getMessage());
        }
    }
}
