package org.mastokey.demo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Conformance tests run each test against a fresh default (Mastodon 4.6) fake server, spoken to with plain HTTP. */
abstract class FakeServerTest {
    FakeMastodon server;
    TestHttp http;

    @BeforeEach
    void startServer() {
        server = FakeMastodon.start(FakeMastodonOptions.defaults());
        http = new TestHttp(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** A second server, Mastodon 4.2, for the checks where the older behaviour differs; the caller closes it. */
    static FakeMastodon startLegacy() {
        return FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(FakeMastodonOptions.Personality.MASTODON_LEGACY));
    }
}
