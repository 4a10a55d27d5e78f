package org.mastokey.account;

import org.mastokey.server.ServerOrigin;

/**
 * A save would replace the saved token of an account with the same name on another server; refused
 * unless the caller asked to replace it. The message names both servers.
 */
public final class ServerCollision extends RuntimeException {
    private final String acct;
    private final ServerOrigin saved;
    private final ServerOrigin incoming;

    ServerCollision(String acct, ServerOrigin saved, ServerOrigin incoming) {
        super(acct + " is already saved for " + (saved == null ? "another server" : saved.toString()) + "; this token is from " + incoming
                + ". Mastokey does not replace an account of another server.");
        this.acct = acct;
        this.saved = saved;
        this.incoming = incoming;
    }

    public String acct() {
        return acct;
    }

    /** The server the saved item belongs to (null when the item names none Mastokey can read). */
    public ServerOrigin savedServer() {
        return saved;
    }

    public ServerOrigin newServer() {
        return incoming;
    }
}
