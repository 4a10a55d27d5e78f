package org.mastokey.server;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The scheme, host and port Mastokey actually talks to: the one thing about a server that no answer of
 * the server can change. Saved accounts are bound to it. Only https, or http to a loopback host; the
 * host is ASCII (IDN hosts in their xn-- form) in lower case; the port is -1 when it is the scheme's default.
 */
public record ServerOrigin(String scheme, String host, int port) {
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*"
            + "|\\[[0-9a-f:.]+]");

    public ServerOrigin {
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("not an http(s) origin");
        }
        if (host == null || host.length() > 253 || !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("not a host name");
        }
        if ("http".equals(scheme) && !ServerAddressParser.isLoopback(host.replace("[", "").replace("]", ""))) {
            throw new IllegalArgumentException("plain http only for loopback hosts");
        }
        if (port == defaultPort(scheme)) {
            port = -1;
        }
        if (port != -1 && (port < 1 || port > 65_535)) {
            throw new IllegalArgumentException("not a port");
        }
    }

    /** The origin of an http(s) URI; path, query and user info are dropped. */
    public static ServerOrigin of(URI uri) {
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute http(s) URI");
        }
        return new ServerOrigin(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost().toLowerCase(Locale.ROOT), uri.getPort());
    }

    /** {@link #of}, or empty for anything that is no valid origin (an item written by another tool, say). */
    public static Optional<ServerOrigin> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(of(URI.create(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code https://host[:port]}, no trailing slash. */
    public URI uri() {
        return URI.create(scheme + "://" + authority());
    }

    /** {@code host[:port]}: the domain part of the handles of accounts saved for this origin. */
    public String authority() {
        return host + (port == -1 ? "" : ":" + port);
    }

    @Override
    public String toString() {
        return uri().toString();
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }
}
