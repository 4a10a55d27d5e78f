package org.mastokey.cli;

import java.util.Optional;
import org.mastokey.account.IssuedToken;
import org.mastokey.account.Revocation;
import org.mastokey.account.SavedAccounts;
import org.mastokey.account.ServerCollision;
import org.mastokey.keystore.KeystoreException;

/**
 * Saves the token of a login, or ends with it revoked on the server (or, with {@code --print-on-failure},
 * printed on stdout), and a failure whose message says which. The settling itself is
 * {@link IssuedToken}'s, shared with the wizard.
 */
final class OwedToken {
    private OwedToken() {
    }

    static SavedAccounts.SaveResult save(IssuedToken issued, String note, boolean replaceOtherServer, boolean printOnFailure,
                                         CliEnvironment env) {
        try {
            return issued.save(note, replaceOtherServer).result();
        } catch (KeystoreException | RuntimeException failure) {
            throw settleAfter(issued, failure, printOnFailure, env);
        }
    }

    private static CliFailure settleAfter(IssuedToken issued, Exception failure, boolean printOnFailure, CliEnvironment env) {
        String why;
        int exitCode;
        if (failure instanceof ServerCollision collision) {
            exitCode = ExitCode.REFUSED;
            why = collision.getMessage() + " To replace it anyway: mastokey login --replace-other-server ...";
        } else {
            FailureReport report = FailureReport.of(failure);
            exitCode = report.exitCode();
            why = report.message();
        }
        if (printOnFailure) {
            issued.handedOver(Optional.of(failure));
            env.out().println(issued.login().token().value().reveal());
            env.out().flush();
            return new CliFailure(exitCode, why + " Nothing was saved; the token is printed on stdout as asked"
                    + " (--print-on-failure). It works until you revoke it.", failure);
        }
        Revocation revocation = issued.discard().revocation();
        return new CliFailure(exitCode, why + " Nothing was saved. " + revocation.sentence(), failure);
    }
}
