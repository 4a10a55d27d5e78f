package org.mastokey.account;

import java.util.Optional;
import org.mastokey.net.ServiceException;

/**
 * What became of a token Mastokey did not keep: revoked on the server, still valid there, unknown,
 * or left alone because the very same token is saved for an account (servers that reuse tokens hand
 * out a saved one again).
 *
 * @param server  the host the token belongs to, for the message
 * @param savedAs the account the token is saved as (KEPT_SAVED only)
 * @param failure why revoking failed (STILL_VALID, UNCONFIRMED)
 */
public record Revocation(State state, String server, String savedAs, Optional<ServiceException> failure) {
    public enum State {
        /** The server confirmed the revocation, or it failed to answer but the token no longer works. */
        REVOKED,
        /** Revoking failed and the token still works. */
        STILL_VALID,
        /** Revoking failed and whether the token still works could not be found out either. */
        UNCONFIRMED,
        /** Not revoked: the same token is saved for {@link #savedAs()}, which revoking would break. */
        KEPT_SAVED
    }

    /** One sentence for a person: what happened to the token and, if it may still work, what to do. */
    public String sentence() {
        String revokeByHand = " Remove the app \"Mastokey\" under Preferences > Account > Authorized apps on " + server + ".";
        return switch (state) {
            case REVOKED -> "The token " + server + " issued was revoked on the server.";
            case STILL_VALID -> "The token " + server + " issued could not be revoked (" + reason() + ") and still works." + revokeByHand;
            case UNCONFIRMED -> "The token " + server + " issued could not be revoked (" + reason()
                    + "), and it is unknown whether it still works." + revokeByHand;
            case KEPT_SAVED -> "The token " + server + " issued is the one saved for " + savedAs + "; it stays valid and saved.";
        };
    }

    public boolean mayStillWork() {
        return state == State.STILL_VALID || state == State.UNCONFIRMED;
    }

    private String reason() {
        return failure.map(Throwable::getMessage).orElse("no answer");
    }
}
