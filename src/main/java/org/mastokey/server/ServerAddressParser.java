package org.mastokey.server;

/** Parsing rules for {@link ServerAddress#parse(String)}. */
final class ServerAddressParser {
    private ServerAddressParser() {
    }

    static ServerAddress parse(String input) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }
}
