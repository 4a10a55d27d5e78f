package org.mastokey.net;

/** WebFinger does not know the handle that was typed (404 or 410 at the handle's domain). */
public final class UnknownAccount extends ServiceException {
    private final String handle;

    public UnknownAccount(String handle, boolean gone) {
        super(gone ? "The account @" + handle + " no longer exists (it was deleted or suspended). Check the handle or type only the server's address."
                : "The server does not know an account @" + handle + ". Check the spelling of the handle, or type only the server's address.");
        this.handle = handle;
    }

    public String handle() {
        return handle;
    }
}
