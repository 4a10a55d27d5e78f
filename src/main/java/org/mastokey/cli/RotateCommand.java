package org.mastokey.cli;

import java.util.concurrent.Callable;
import org.mastokey.account.AccountActionException;
import org.mastokey.account.Login;
import org.mastokey.account.SavedAccount;
import org.mastokey.account.TokenRotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code mastokey rotate ACCOUNT}: a new token with the same scopes, verified and saved, then the old
 * one revoked. The old token stays saved until the new one is in the keychain.
 *
 * <p>Mastodon hands out the same token again when the same app is authorized again for the same
 * scopes, so rotation registers a fresh app: {@link TokenRotation} (shared with the desktop app) sets
 * the cached registration aside for the authorization and puts it back if the authorization fails.
 * Other accounts saved with the old registration keep it: their tokens name its client id.
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

    @Mixin
    KeychainOptions keychain;

    private final CommandContext context;

    RotateCommand(CliEnvironment env) {
        this.context = new CommandContext(env);
    }

    @Override
    public Integer call() throws Exception {
        authorize.timeout();
        context.use(keychain);
        context.requireReadyToSave();
        SavedAccount saved = context.saved(account);
        TokenRotation rotation = start(saved);

        Login login;
        try {
            login = AppOnlyTokens.isAppOnly(saved.acct())
                    ? AppOnlyTokens.obtain(context.engine(), rotation.server(), rotation.scopes())
                    : new Authorization(context, authorize).run(rotation.server(), rotation.scopes());
        } catch (Exception | Error e) {
            rotation.abandon();
            throw e;
        }
        TokenRotation.Result result;
        try {
            result = rotation.complete(login);
        } catch (AccountActionException e) {
            if (e.reason() == AccountActionException.Reason.OTHER_ACCOUNT) {
                throw new CliFailure(ExitCode.REFUSED, e.getMessage() + " Try again with --force-login.", e);
            }
            throw new CliFailure(ExitCode.PARTIAL, e.getMessage(), e);
        }
        if (result.oldTokenFailure().isPresent()) {
            throw new CliFailure(ExitCode.PARTIAL, "The new token of " + saved.acct() + " is saved, but the old one could not"
                    + " be revoked: " + result.oldTokenFailure().get().getMessage() + " Revoke it on " + saved.server()
                    + " " + AuthorizedApps.WHERE + ": the older \"Mastokey\" entry.", result.oldTokenFailure().get());
        }
        if (result.oldTokenWasAlreadyInvalid()) {
            context.env().out().println("Rotated the token of " + saved.acct() + " (" + login.token().scopes()
                    + "): the new one is in the keychain; the server no longer accepted the old one, so there was"
                    + " nothing left to revoke.");
            return ExitCode.OK;
        }
        context.env().out().println("Rotated the token of " + saved.acct() + " (" + login.token().scopes()
                + "): the new one is in the keychain, the old one is revoked.");
        return ExitCode.OK;
    }

    private TokenRotation start(SavedAccount saved) throws Exception {
        try {
            return context.engine().actions().startRotation(saved);
        } catch (AccountActionException e) {
            throw switch (e.reason()) {
                case NO_REGISTRATION -> new CliFailure(ExitCode.NOT_FOUND, "The app registration of the token of " + saved.acct()
                        + " is no longer in the keychain, so its token could not be revoked after rotating. Log in again with:"
                        + " mastokey login --server " + saved.server(), e);
                default -> new CliFailure(ExitCode.NOT_FOUND, "No saved token for " + saved.acct()
                        + ". See the saved accounts with: mastokey list", e);
            };
        }
    }
}
