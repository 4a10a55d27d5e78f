package org.mastokey.net;

/** The TLS handshake failed; never offered as something to click through. */
public final class TlsFailure extends ServiceException {
    private final String host;

    public TlsFailure(String host, Throwable cause) {
        super("The secure connection to " + host + " failed (its certificate is not trusted or the handshake broke). "
                + "Mastokey will not send credentials over it; ask the server's admin or try again later.", cause);
        this.host = host;
    }

    public String host() {
        return host;
    }
}
