package org.mastokey.net;

/** The server answered, but with something we cannot use (wrong type, broken JSON, huge body, 5xx...). */
public final class UnexpectedResponse extends ServiceException {
    private final int status;
    private final boolean emptyBody;

    public UnexpectedResponse(String host, int status, String detail) {
        this(host, status, detail, false);
    }

    /** {@code emptyBody}: the answer had no body at all (snac answers an unknown token so). */
    public UnexpectedResponse(String host, int status, String detail, boolean emptyBody) {
        super(host + " sent a response Mastokey cannot use" + (status > 0 ? " (HTTP " + status + ")" : "")
                + (detail == null || detail.isBlank() ? "" : ": " + detail) + ". Try again later; if it persists the server may be misconfigured.");
        this.status = status;
        this.emptyBody = emptyBody;
    }

    public int status() {
        return status;
    }

    public boolean emptyBody() {
        return emptyBody;
    }
}
