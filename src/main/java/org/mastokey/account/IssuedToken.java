package org.mastokey.account;

import java.util.Optional;
import org.mastokey.keystore.KeystoreException;

/**
 * A token the server has issued and Mastokey owes: it ends {@link #save saved}, {@link #discard
 * revoked on the server} (or found still working, and the person told so), or {@link #handedOver
 * handed to the person}, exactly once. Both faces settle tokens through this class, so "what happens
 * to a token nobody kept" has one answer. Thread-safe; settling twice is a no-op that returns the
 * first outcome's kind.
 */
public final class IssuedToken {
    /** How the token was settled. */
    public sealed interface Settlement {
    }

    /** In the keychain; {@code result} says whether it replaced another token of the account. */
    public record Saved(SavedAccounts.SaveResult result) implements Settlement {
    }

    /** Not saved ({@code failure} says why, empty when the person discarded it), then settled as {@code revocation}. */
    public record Discarded(Optional<Exception> failure, Revocation revocation) implements Settlement {
    }

    /** Shown to the person (printed, copied) instead of being saved; they keep it. */
    public record HandedOver(Optional<Exception> failure) implements Settlement {
    }

    private final Login login;
    private final LoginFlow flow;
    private final SavedAccounts accounts;
    private Settlement settlement;

    public IssuedToken(Login login, LoginFlow flow, SavedAccounts accounts) {
        this.login = login;
        this.flow = flow;
        this.accounts = accounts;
    }

    public Login login() {
        return login;
    }

    public synchronized boolean isSettled() {
        return settlement != null;
    }

    public synchronized Optional<Settlement> settlement() {
        return Optional.ofNullable(settlement);
    }

    /**
     * Saves the token. On failure it stays owed: call {@link #discard} (or {@link #handedOver}), or use
     * {@link #saveOrDiscard} which does so.
     *
     * @throws ServerCollision the account name is saved for another server and {@code replaceOtherServer} is false
     */
    public synchronized Saved save(String note, boolean replaceOtherServer) throws KeystoreException {
        if (settlement instanceof Saved saved) {
            return saved;
        }
        requireOpen();
        Saved saved = new Saved(accounts.save(login, note, replaceOtherServer));
        settlement = saved;
        return saved;
    }

    /** Saves; when that fails for any reason, revokes the token and says so. Never throws for a keychain or server failure. */
    public synchronized Settlement saveOrDiscard(String note, boolean replaceOtherServer) {
        if (settlement != null) {
            return settlement;
        }
        try {
            return save(note, replaceOtherServer);
        } catch (KeystoreException | RuntimeException failure) {
            return settle(Optional.of(failure));
        }
    }

    /** The person does not want the token (Cancel, Discard): revokes it and says how that went. */
    public synchronized Discarded discard() {
        if (settlement instanceof Discarded discarded) {
            return discarded;
        }
        requireOpen();
        return settle(Optional.empty());
    }

    /**
     * The token was given to the person instead of being saved (printed on request after a failed save);
     * from here it is theirs.
     */
    public synchronized HandedOver handedOver(Optional<Exception> failure) {
        if (settlement instanceof HandedOver handed) {
            return handed;
        }
        requireOpen();
        HandedOver handed = new HandedOver(failure);
        settlement = handed;
        return handed;
    }

    private Discarded settle(Optional<Exception> failure) {
        Discarded discarded = new Discarded(failure, flow.discard(login.server(), login.app(), login.token().value()));
        settlement = discarded;
        return discarded;
    }

    private void requireOpen() {
        if (settlement != null) {
            throw new IllegalStateException("the token was already settled: " + settlement.getClass().getSimpleName());
        }
    }
}
