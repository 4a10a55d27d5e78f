package org.mastokey.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodon;

/** The demo keeps its address from run to run (so saved demo accounts keep a server), and never fails to start. */
class DemoServerTest {

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return probe.getLocalPort();
        }
    }

    @Test
    void twoRunsOneAfterTheOtherGetTheSameAddress() throws Exception {
        int port = freePort();
        String first;
        try (FakeMastodon run = DemoServer.start(port)) {
            first = run.baseUri().toString();
        }
        try (FakeMastodon again = DemoServer.start(port)) {
            assertThat(again.baseUri()).hasToString(first);
            assertThat(again.baseUri().getPort()).isEqualTo(port);
        }
    }

    @Test
    void aPortTakenByAnotherProgramGivesAnotherAddressInsteadOfNoDemo() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
             FakeMastodon demo = DemoServer.start(other.getLocalPort())) {
            assertThat(demo.baseUri().getPort()).isNotEqualTo(other.getLocalPort()).isPositive();
        }
    }
}
