package org.mastokey.net;

/** The server answered, but with something we cannot use (wrong type, broken JSON, huge body, 5xx...). */
public final class UnexpectedResponse extends ServiceException {
    private final int status;

    public UnexpectedResponse(String host, int status, String detail) {
        super(host + " sent a response Mastokey cannot use" + (status > 0 ? " (HTTP " + status + ")" : "")
                + (detail == null || detail.isBlank() ? "" : ": " + detail) + ". Try again later; if it persists the server may be misconfigured.");
        this.status = status;
    }

    public int status() {
        return status;
    }
}
