package org.mastokey.net;

/** Something answers, but not with the Mastodon API. */
public final class NotMastodonCompatible extends ServiceException {
    private final String host;

    public NotMastodonCompatible(String host, String detail) {
        super("No Mastodon-compatible server answers at " + host + (detail == null || detail.isBlank() ? "." : " (" + detail + ").")
                + " Check the address: it is the part after the second @ of a handle, e.g. mastodon.social.");
        this.host = host;
    }

    public String host() {
        return host;
    }
}
