package org.mastokey.app;

import java.io.UncheckedIOException;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;

/**
 * The built-in demo server of {@code --demo}. It listens on the same port every run where it can, so an
 * account saved in an earlier demo keeps its server: checking it says "revoked" (the demo forgets its
 * tokens when it stops), and revoking or signing in again works, instead of "server unreachable".
 */
final class DemoServer {
    /** Below Linux's ephemeral range (32768–60999), so no outgoing connection holds it by chance. */
    static final int USUAL_PORT = 18443;

    private DemoServer() {
    }

    static FakeMastodon start() {
        return start(USUAL_PORT);
    }

    /** On {@code port}, or on any free port when another program (or another demo) holds that one. */
    static FakeMastodon start(int port) {
        try {
            return FakeMastodon.start(FakeMastodonOptions.defaults().withPort(port));
        } catch (UncheckedIOException taken) {
            return FakeMastodon.start(FakeMastodonOptions.defaults());
        }
    }
}
