package org.mastokey.demo;

import java.net.URI;

/**
 * A fake Mastodon server on loopback that follows §15 of the protocol brief; used by the tests and by
 * {@code --demo}. See {@link FakeMastodonOptions} for its switches.
 */
public final class FakeMastodon implements AutoCloseable {

    public static FakeMastodon start(FakeMastodonOptions options) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    /** {@code http://127.0.0.1:PORT} */
    public URI baseUri() {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    @Override
    public void close() {
    }
}
