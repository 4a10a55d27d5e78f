package org.mastokey.account;

import java.util.Optional;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.net.OAuthError;
import org.mastokey.net.RequestTimeout;
import org.mastokey.net.ServerUnreachable;
import org.mastokey.net.ServiceException;
import org.mastokey.net.TlsFailure;
import org.mastokey.net.UnexpectedResponse;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.net.Secret;
import org.mastokey.server.ServerInfo;

/**
 * What can be done with a saved account, as plain blocking calls shared by the saved-accounts view
 * and the command line: check it again, revoke it (server first, keychain second), forget it locally,
 * re-authorize a revoked one, rotate a working one.
 *
 * <p>Rotation needs the {@link LoginFlow}'s {@link org.mastokey.oauth.AppRegistry} to keep its
 * registrations in {@link SavedAccounts#appCache()} (as {@code Engine} wires it): that is where the
 * old registration is retired so the authorization registers a fresh app.
 */
public final class AccountActions {
    private final LoginFlow flow;
    private final SavedAccounts accounts;
    private final AccountVerifier verifier;

    public AccountActions(LoginFlow flow, SavedAccounts accounts, AccountVerifier verifier) {
        this.flow = flow;
        this.accounts = accounts;
        this.verifier = verifier;
    }

    public SavedAccounts accounts() {
        return accounts;
    }

    public LoginFlow flow() {
        return flow;
    }

    /** Asks the server whether the saved token still works. Server trouble is a result, not an exception. */
    public AccountCheck check(SavedAccount saved) throws KeystoreException {
        Optional<Secret> token = accounts.token(saved.acct());
        if (token.isEmpty()) {
            return AccountCheck.of(AccountCheck.State.MISSING, null);
        }
        ServerInfo server = null;
        try {
            server = flow.discover(saved.server().toString());
            VerifiedAccount verified = verifier.verify(server, new AccessToken(token.get(), "Bearer", saved.scopes(), saved.savedAt()));
            if (!saved.isSameAccount(verified)) {
                return new AccountCheck(AccountCheck.State.OTHER_ACCOUNT, verified, null);
            }
            return AccountCheck.valid(verified);
        } catch (ServerUnreachable | RequestTimeout | TlsFailure e) {
            return AccountCheck.of(AccountCheck.State.UNREACHABLE, e);
        } catch (ServiceException e) {
            if (server != null && TokenRejection.meansRevoked(server, e)) {
                return AccountCheck.of(AccountCheck.State.REVOKED, e);
            }
            if (e instanceof OAuthError oauth && oauth.status() == 422) {
                // An app-only token (client credentials): accepted by the server, but it acts for no user.
                return AccountCheck.of(AccountCheck.State.VALID, null);
            }
            return AccountCheck.of(AccountCheck.State.FAILED, e);
        }
    }

    /** How a revocation ended. */
    public enum RevokeOutcome {
        /** The server revoked the token. */
        REVOKED,
        /** The server refused to revoke it because it no longer accepts the token at all (snac forgets tokens so). */
        WAS_ALREADY_INVALID
    }

    /**
     * Revokes the token on its server ({@code POST /oauth/revoke}), then deletes it from the keychain.
     * When the server says no, the token is tried: if the server no longer accepts it, what the user
     * wanted already holds and the item is deleted. Otherwise the exception propagates and nothing is
     * deleted: the item may be the only copy of a working token.
     *
     * @throws ServiceException        the server could not be reached or refused; the item is kept
     * @throws AccountActionException  NOT_SAVED, NO_REGISTRATION (the client credentials are gone), or
     *                                 REVOKED_NOT_DELETED (revoked, but the keychain refused to delete it)
     */
    public RevokeOutcome revoke(SavedAccount saved) throws KeystoreException {
        Secret token = accounts.token(saved.acct()).orElseThrow(() -> notSaved(saved.acct()));
        RegisteredApp app = registration(saved);
        RevokeOutcome outcome = revokeOrConfirmGone(saved, app, token);
        try {
            accounts.remove(saved.acct());
            accounts.deleteUnusedRegistrations(app.key());
        } catch (KeystoreException e) {
            throw new AccountActionException(AccountActionException.Reason.REVOKED_NOT_DELETED, saved.acct(), null,
                    "The token of " + saved.acct() + " is revoked on the server, but deleting it from the keychain failed: "
                            + e.getMessage(), e);
        }
        return outcome;
    }

    /**
     * Revokes on the server; a refusal (not a timeout or a lost connection: the server may still carry
     * those out) is followed by one try of the token, which tells whether it is gone already.
     */
    RevokeOutcome revokeOrConfirmGone(SavedAccount saved, RegisteredApp app, Secret token) {
        try {
            flow.revoke(app, token);
            return RevokeOutcome.REVOKED;
        } catch (OAuthError | UnexpectedResponse refused) {
            ServerInfo server;
            Optional<ServiceException> rejection;
            try {
                server = flow.discover(saved.server().toString());
                rejection = TokenRejection.rejection(verifier, server, token, saved);
            } catch (ServiceException unknown) {
                throw refused;
            }
            if (rejection.isEmpty()) {
                throw refused;
            }
            return RevokeOutcome.WAS_ALREADY_INVALID;
        }
    }

    /** Deletes the keychain item only; the token stays valid on the server until revoked there. */
    public boolean deleteLocally(SavedAccount saved) throws KeystoreException {
        return accounts.remove(saved.acct());
    }

    public Optional<SavedAccount> setNote(SavedAccount saved, String note) throws KeystoreException {
        return accounts.setNote(saved.acct(), note);
    }

    /** The token as saved, for copying. */
    public Secret token(SavedAccount saved) throws KeystoreException {
        return accounts.token(saved.acct()).orElseThrow(() -> notSaved(saved.acct()));
    }

    /**
     * Stores the token of a new authorization (after the old one was found revoked) in place of the
     * saved one, keeping the note.
     *
     * @throws AccountActionException OTHER_ACCOUNT when someone else approved (that token is revoked again)
     */
    public SavedAccount reauthorized(SavedAccount saved, Login login) throws KeystoreException {
        return saveOrDiscard(requireSameAccount(saved, login), saved.note());
    }

    /** Saves a new token of a saved account; when the keychain fails, the token is revoked and the message says so. */
    SavedAccount saveOrDiscard(Login login, String note) throws KeystoreException {
        try {
            return accounts.save(login, note);
        } catch (KeystoreException e) {
            Revocation revocation = flow.discard(login.server(), login.app(), login.token().value());
            throw new KeystoreException(e.reason(), e.getMessage() + " " + revocation.sentence(), e);
        } catch (RuntimeException e) {
            throw new TokenNotKept(e, flow.discard(login.server(), login.app(), login.token().value()));
        }
    }

    /**
     * Starts replacing a working token: discovers the server and, if the account's registration is the
     * one reused for its key, retires it, so that the authorization that follows registers a fresh app
     * (Mastodon would hand the same app the same token again). Other accounts' tokens issued by that
     * registration keep finding it by client id. Call {@link TokenRotation#complete} or
     * {@link TokenRotation#abandon} afterwards.
     */
    public TokenRotation startRotation(SavedAccount saved) throws KeystoreException {
        Secret oldToken = accounts.token(saved.acct()).orElseThrow(() -> notSaved(saved.acct()));
        RegisteredApp oldApp = registration(saved);
        ServerInfo server = flow.discover(saved.server().toString());
        boolean retired = accounts.retire(saved, oldApp);
        return new TokenRotation(this, saved, server, oldToken, oldApp, retired);
    }

    /**
     * @return the login, named as the saved account (its handle's domain may differ from the origin's)
     * @throws AccountActionException OTHER_ACCOUNT, after the new token was settled (revoked unless it is saved)
     */
    Login requireSameAccount(SavedAccount saved, Login login) {
        VerifiedAccount verified = login.account();
        if (!saved.isSameAccount(verified)) {
            Revocation revocation = flow.discard(login.server(), login.app(), login.token().value());
            throw new AccountActionException(AccountActionException.Reason.OTHER_ACCOUNT, saved.acct(), verified.acct(),
                    "The server authorized " + verified.acct() + ", not " + saved.acct() + "; the token of "
                            + saved.acct() + " is unchanged. " + revocation.sentence());
        }
        VerifiedAccount named = new VerifiedAccount(verified.id(), saved.acct(), verified.displayName(), verified.avatar(),
                verified.profileUrl(), verified.server(), verified.grantedScopes());
        return new Login(login.server(), login.app(), login.token(), named);
    }

    private RegisteredApp registration(SavedAccount saved) throws KeystoreException {
        return accounts.registration(saved).orElseThrow(() -> new AccountActionException(
                AccountActionException.Reason.NO_REGISTRATION, saved.acct(), "The app registration of the token of "
                + saved.acct() + " is no longer in the keychain, so Mastokey cannot revoke it. Revoke it on "
                + saved.server() + " in its settings (the list of apps you authorized), then delete it locally."));
    }

    private static AccountActionException notSaved(String acct) {
        return new AccountActionException(AccountActionException.Reason.NOT_SAVED, acct, "No saved token for " + acct + ".");
    }
}
