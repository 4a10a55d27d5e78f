package org.mastokey.cli;

import java.util.concurrent.CancellationException;
import org.mastokey.account.ServerCollision;
import org.mastokey.account.TokenNotKept;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.net.AccountMismatch;
import org.mastokey.net.NoAppOnlyTokens;
import org.mastokey.net.OAuthError;
import org.mastokey.net.ServiceException;
import org.mastokey.server.InvalidServerAddressException;

/** Turns any failure of a command into one line on stderr and an {@link ExitCode}. */
record FailureReport(int exitCode, String message) {

    static FailureReport of(Throwable failure) {
        if (failure instanceof TokenNotKept notKept && notKept.getCause() != null) {
            return new FailureReport(of(notKept.getCause()).exitCode(), of(notKept.getCause()).message() + " "
                    + notKept.revocation().sentence());
        }
        if (failure instanceof CliFailure cli) {
            return new FailureReport(cli.exitCode(), cli.getMessage());
        }
        if (failure instanceof ServerCollision collision) {
            return new FailureReport(ExitCode.REFUSED, collision.getMessage());
        }
        if (failure instanceof InvalidServerAddressException address) {
            return new FailureReport(ExitCode.USAGE, address.getMessage());
        }
        if (failure instanceof KeystoreException keychain) {
            String hint = keychain.reason() == KeystoreException.Reason.NEEDS_APPROVAL
                    ? " Run the command again with --wait-for-approval and allow Mastokey in "
                            + keychain.provider().orElse("the keychain") + "'s dialog." : "";
            return new FailureReport(ExitCode.KEYCHAIN_UNAVAILABLE, "keychain: " + keychain.getMessage() + hint);
        }
        if (failure instanceof OAuthError oauth) {
            int code = "access_denied".equals(oauth.error()) ? ExitCode.CANCELLED : ExitCode.REFUSED;
            return new FailureReport(code, oauth.getMessage());
        }
        if (failure instanceof AccountMismatch mismatch) {
            return new FailureReport(ExitCode.REFUSED, mismatch.getMessage()
                    + " On the command line: mastokey login --force-login ...");
        }
        if (failure instanceof NoAppOnlyTokens none) {
            return new FailureReport(ExitCode.REFUSED, none.getMessage() + " Leave out --app-only to sign in with an account instead.");
        }
        if (failure instanceof ServiceException service) {
            return new FailureReport(ExitCode.SERVER_ERROR, service.getMessage());
        }
        if (failure instanceof InterruptedException || failure instanceof CancellationException) {
            return new FailureReport(ExitCode.CANCELLED, "Interrupted.");
        }
        // Not one of ours: the class name helps a bug report; the message of a foreign exception
        // could in theory carry a request URL, so it is left out.
        return new FailureReport(ExitCode.INTERNAL_ERROR, "unexpected error (" + failure.getClass().getName()
                + "). This is a bug in Mastokey; run again with MASTOKEY_DEBUG=1 for details.");
    }
}
