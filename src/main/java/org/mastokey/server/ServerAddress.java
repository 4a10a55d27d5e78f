package org.mastokey.server;

import java.net.IDN;
import java.net.URI;
import java.util.Optional;

/**
 * What the user typed, normalised: a host (ASCII, lower case), an optional port, the scheme
 * (https, or http for loopback hosts only) and, when a handle was typed, its user part.
 */
public record ServerAddress(String scheme, String host, int port, String user) {

    /**
     * Accepts {@code mastodon.social}, {@code https://mastodon.social/}, {@code @alice@example.com},
     * {@code alice@example.com}, {@code acct:alice@example.com}, a URL with path or port, IDN hosts.
     *
     * @throws InvalidServerAddressException with a message a person understands
     */
    public static ServerAddress parse(String input) {
        return ServerAddressParser.parse(input);
    }

    /** {@code https://host[:port]} with no trailing slash. */
    public URI baseUri() {
        return URI.create(scheme + "://" + hostForUri() + (port > 0 ? ":" + port : ""));
    }

    private String hostForUri() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** The handle typed, as {@code user@host}, when one was. */
    public Optional<String> handle() {
        return Optional.ofNullable(user).map(u -> u + "@" + host);
    }

    /** The host in Unicode, for display. */
    public String displayHost() {
        return IDN.toUnicode(host);
    }

    /** The server as the user typed it, for messages: the host in Unicode and the port when one was given. */
    public String displayName() {
        String shown = host.contains(":") ? "[" + displayHost() + "]" : displayHost();
        return port > 0 ? shown + ":" + port : shown;
    }
}
