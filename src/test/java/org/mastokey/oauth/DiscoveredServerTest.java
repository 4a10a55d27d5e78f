package org.mastokey.oauth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.net.HttpApi;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerAddress;
import org.mastokey.server.ServerInfo;

/** Each test starts with a fresh default fake Mastodon that {@link Discovery} has already looked at. */
abstract class DiscoveredServerTest {
    final HttpApi http = new HttpApi();
    FakeMastodon fake;
    ServerInfo server;

    @BeforeEach
    void startAndDiscover() {
        fake = FakeMastodon.start(FakeMastodonOptions.defaults());
        server = new Discovery(http).discover(ServerAddress.parse(fake.domain()));
    }

    @AfterEach
    void stopServer() {
        fake.close();
    }
}
