package org.mastokey.account;

import java.util.Optional;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.net.ServiceException;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.Scopes;
import org.mastokey.net.Secret;
import org.mastokey.server.ServerInfo;

/**
 * One rotation under way (see {@link AccountActions#startRotation}): authorize {@link #scopes()} on
 * {@link #server()} with any of the login ways, then {@link #complete} with the result. The old token
 * stays saved until the new one is in the keychain, and is revoked only after that.
 */
public final class TokenRotation {
    /**
     * @param account         the account as saved now, with the new token
     * @param oldTokenFailure why the old token could not be revoked (it may still work), if it could not
     * @param oldTokenWasAlreadyInvalid the server refused to revoke the old token because it no longer accepted it
     */
    public record Result(SavedAccount account, Optional<RuntimeException> oldTokenFailure, boolean oldTokenWasAlreadyInvalid) {
        public boolean oldTokenRevoked() {
            return oldTokenFailure.isEmpty();
        }
    }

    private final AccountActions actions;
    private final SavedAccount saved;
    private final ServerInfo server;
    private final Secret oldToken;
    private final RegisteredApp oldApp;
    private final boolean oldAppRetired;
    private boolean done;

    TokenRotation(AccountActions actions, SavedAccount saved, ServerInfo server, Secret oldToken, RegisteredApp oldApp,
                  boolean oldAppRetired) {
        this.actions = actions;
        this.saved = saved;
        this.server = server;
        this.oldToken = oldToken;
        this.oldApp = oldApp;
        this.oldAppRetired = oldAppRetired;
    }

    public SavedAccount saved() {
        return saved;
    }

    public ServerInfo server() {
        return server;
    }

    /** The scopes the old token has, which the new one asks for. */
    public Scopes scopes() {
        return saved.scopes();
    }

    /**
     * Checks the new login (same account, another token), saves it in place of the old one, then
     * revokes the old one. A failed revocation does not undo the swap: it is reported in the result.
     *
     * @throws AccountActionException OTHER_ACCOUNT or SAME_TOKEN; the saved token is then unchanged
     */
    public Result complete(Login login) throws KeystoreException {
        Login named;
        try {
            named = actions.requireSameAccount(saved, login);
        } catch (AccountActionException e) {
            abandon();
            throw e;
        }
        if (login.token().value().equals(oldToken)) {
            abandon();
            throw new AccountActionException(AccountActionException.Reason.SAME_TOKEN, saved.acct(),
                    "The server handed out the same token again, so nothing was rotated; the token of "
                            + saved.acct() + " is unchanged and still valid.");
        }
        SavedAccount updated;
        try {
            updated = actions.saveOrDiscard(named, saved.note());
        } catch (KeystoreException | RuntimeException e) {
            abandon();
            throw e;
        }
        done = true;
        try {
            boolean gone = actions.revokeOrConfirmGone(saved, oldApp, oldToken) == AccountActions.RevokeOutcome.WAS_ALREADY_INVALID;
            return new Result(updated, Optional.empty(), gone);
        } catch (ServiceException | RevokeUnanswered e) {
            return new Result(updated, Optional.of(e), false);
        } finally {
            // the old token is no longer saved: its registration goes unless another saved token needs it
            actions.accounts().deleteUnusedRegistrations(oldApp.key());
        }
    }

    /**
     * The authorization failed or was cancelled: the old registration is the current one again, and a
     * registration made for this rotation, now unused, is deleted.
     */
    public void abandon() {
        if (!done) {
            done = true;
            if (oldAppRetired) {
                actions.accounts().appCache().save(oldApp);
                actions.accounts().deleteUnusedRegistrations(oldApp.key());
            }
        }
    }
}
