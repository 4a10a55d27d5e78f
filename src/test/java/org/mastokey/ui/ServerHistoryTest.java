package org.mastokey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One spelling per server in "Recently used", whichever way it was typed. */
class ServerHistoryTest {

    @Test
    void theUsualHttpsServerIsItsBareHost() {
        assertThat(ServerHistory.canonical("https://Mastodon.Social/")).isEqualTo("mastodon.social");
        assertThat(ServerHistory.canonical(" mastodon.social ")).isEqualTo("mastodon.social");
    }

    @Test
    void anotherSchemeOrPortKeepsTheWholeOrigin() {
        assertThat(ServerHistory.canonical("127.0.0.1:3000")).isEqualTo(ServerHistory.canonical("http://127.0.0.1:3000/"));
        assertThat(ServerHistory.canonical("http://127.0.0.1:3000/")).isEqualTo("http://127.0.0.1:3000");
    }

    @Test
    void aHandleStaysAHandleAndNonsenseStaysAsTyped() {
        assertThat(ServerHistory.canonical("alice@example.social")).isEqualTo("@alice@example.social");
        assertThat(ServerHistory.canonical("not a server")).isEqualTo("not a server");
    }
}
