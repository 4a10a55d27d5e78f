package org.mastokey.cli;

import java.util.concurrent.Callable;
import org.mastokey.account.AccountActionException;
import org.mastokey.account.AccountActions;
import org.mastokey.account.RevokeUnanswered;
import org.mastokey.account.SavedAccount;
import org.mastokey.net.OAuthError;
import org.mastokey.net.ServiceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mastokey revoke ACCOUNT}: revokes the token on the server, then deletes it from the keychain.
 * If the server cannot confirm the revocation the keychain item stays: it may be the only copy of a
 * working token. The order is {@link org.mastokey.account.AccountActions#revoke}, shared with the desktop app.
 */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        header = "Revoke a token on its server, then delete it from the keychain.",
        description = {"Revokes the token of ACCOUNT on its server, then deletes it from the keychain.",
                "If the server cannot be reached the token stays in the keychain (exit code 5)."})
final class RevokeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ACCOUNT", description = "user@server, as shown by mastokey list")
    String account;

    @Option(names = "--local-only", description = {"Only delete the keychain item, without asking the server.",
            "The token stays valid until you revoke it in the server's settings (its list of authorized apps)."})
    boolean localOnly;

    @Mixin
    KeychainOptions keychain;

    private final CommandContext context;

    RevokeCommand(CliEnvironment env) {
        this.context = new CommandContext(env);
    }

    @Override
    public Integer call() throws Exception {
        context.use(keychain);
        SavedAccount saved = context.saved(account);
        if (localOnly) {
            context.accounts().remove(saved.acct());
            context.env().out().println("Deleted the token of " + saved.acct() + " from the keychain. It is still valid on "
                    + saved.server() + " until you revoke it " + AuthorizedApps.WHERE + ".");
            return ExitCode.OK;
        }
        AccountActions.RevokeOutcome outcome;
        try {
            outcome = context.engine().actions().revoke(saved);
        } catch (AccountActionException e) {
            throw switch (e.reason()) {
                case NO_REGISTRATION -> new CliFailure(ExitCode.NOT_FOUND, "The app registration of the token of " + saved.acct()
                        + " is no longer in the keychain, so Mastokey cannot revoke it. Revoke it on " + saved.server()
                        + " " + AuthorizedApps.WHERE + ", then run: mastokey revoke --local-only " + saved.acct(), e);
                case REVOKED_NOT_DELETED -> new CliFailure(ExitCode.KEYCHAIN_UNAVAILABLE, "The token of " + saved.acct()
                        + " is revoked on the server, but deleting it from the keychain failed: " + e.getCause().getMessage()
                        + " Delete it later with: mastokey revoke --local-only " + saved.acct(), e);
                default -> new CliFailure(ExitCode.NOT_FOUND, "No saved token for " + saved.acct()
                        + ". See the saved accounts with: mastokey list", e);
            };
        } catch (RevokeUnanswered e) {
            throw new CliFailure(ExitCode.SERVER_ERROR, "Could not confirm the revocation of the token of " + saved.acct() + ": "
                    + e.getMessage() + " Run the revoke again later; to delete it here only: mastokey revoke --local-only "
                    + saved.acct(), e);
        } catch (ServiceException e) {
            int code = e instanceof OAuthError ? ExitCode.REFUSED : ExitCode.SERVER_ERROR;
            throw new CliFailure(code, "Could not revoke the token of " + saved.acct() + ": " + e.getMessage()
                    + " The token was not revoked and is still in the keychain; nothing was deleted. To delete it here"
                    + " only: mastokey revoke --local-only " + saved.acct(), e);
        }
        if (outcome == AccountActions.RevokeOutcome.WAS_ALREADY_INVALID) {
            context.env().out().println("The server no longer accepts the token of " + saved.acct() + " (it was revoked"
                    + " or forgotten there already), so there was nothing to revoke; deleted it from the keychain.");
            return ExitCode.OK;
        }
        if (outcome == AccountActions.RevokeOutcome.REVOKED_WITHOUT_ANSWER) {
            context.env().out().println(saved.server().getAuthority() + " did not answer the revocation in time, but it no"
                    + " longer accepts the token of " + saved.acct() + ", so it is revoked; deleted it from the keychain.");
            return ExitCode.OK;
        }
        context.env().out().println("Revoked the token of " + saved.acct() + " on " + saved.server()
                + " and deleted it from the keychain.");
        return ExitCode.OK;
    }
}
