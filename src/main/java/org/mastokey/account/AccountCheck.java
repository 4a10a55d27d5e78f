package org.mastokey.account;

import java.util.Optional;
import org.mastokey.net.ServiceException;

/**
 * What the server said when a saved token was checked again.
 *
 * @param verified the account as the server reports it now (VALID and OTHER_ACCOUNT; null for a valid app-only token)
 * @param failure  why the check could not say "valid" or "revoked" (UNREACHABLE, FAILED), if it came from the server
 */
public record AccountCheck(State state, VerifiedAccount verified, ServiceException failure) {

    public enum State {
        /** The server accepts the token and it acts for the saved account. */
        VALID,
        /** The server rejects the token (401): revoked on the server or unknown to it. */
        REVOKED,
        /** The server could not be reached or did not answer in time; nothing is known about the token. */
        UNREACHABLE,
        /** The token acts for another account than the one it is saved as. */
        OTHER_ACCOUNT,
        /** The keychain no longer holds the token. */
        MISSING,
        /** Any other refusal or unusable answer. */
        FAILED
    }

    static AccountCheck valid(VerifiedAccount verified) {
        return new AccountCheck(State.VALID, verified, null);
    }

    static AccountCheck of(State state, ServiceException failure) {
        return new AccountCheck(state, null, failure);
    }

    public Optional<VerifiedAccount> account() {
        return Optional.ofNullable(verified);
    }

    public Optional<ServiceException> cause() {
        return Optional.ofNullable(failure);
    }
}
