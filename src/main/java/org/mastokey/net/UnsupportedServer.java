package org.mastokey.net;

/** A known server software that does not speak the Mastodon OAuth flow (Misskey and its forks). */
public final class UnsupportedServer extends ServiceException {
    private final String host;
    private final String software;

    public UnsupportedServer(String host, String software) {
        super(host + " is a " + software + " server; Mastokey supports servers with the Mastodon API "
                + "(Mastodon, GoToSocial, Pleroma, Akkoma, snac, Friendica).");
        this.host = host;
        this.software = software;
    }

    public String host() {
        return host;
    }

    public String software() {
        return software;
    }
}
