package org.mastokey.ui.wizard.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.FakeMastodonOptions.Personality;
import org.mastokey.net.HttpApi;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerAddress;
import org.mastokey.server.ServerInfo;
import org.mastokey.ui.wizard.server.ServerStep.CapabilityChips.Chip;

/** The chips on the server card name ways to get a token, and are true for the server discovered. */
class CapabilityChipsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MASTODON, true", "GOTOSOCIAL, true", "SNAC, false", "HOLLO, true"})
    void browserSignInEverywhereAppOnlyWhereTheGrantIs(Personality personality, boolean appOnly) {
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(personality))) {
            ServerInfo server = new Discovery(new HttpApi()).discover(ServerAddress.parse(fake.baseUri().toString()));

            assertThat(ServerStep.CapabilityChips.entries(server.capabilities())).containsExactly(
                    new Chip("server.cap.loopback", true), new Chip("server.cap.oob", true),
                    new Chip("server.cap.appOnly", appOnly));
        }
    }
}
