package org.mastokey.oauth;

import java.time.Duration;

/**
 * Listens on 127.0.0.1 for exactly one redirect whose {@code state} matches, answers it with a
 * "you can close this tab" page, then closes.
 */
public final class LoopbackReceiver implements AutoCloseable {

    /** @param port 0 for an ephemeral port (Mastodon), or the fixed port an exact-match server needs */
    public static LoopbackReceiver start(int port, String expectedState) {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    public int port() {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    /** {@code http://127.0.0.1:PORT/callback} */
    public String redirectUri() {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    /** @throws org.mastokey.net.RequestTimeout when nothing valid arrived in time */
    public CallbackResult await(Duration timeout) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: issue 2");
    }

    @Override
    public void close() {
    }
}
