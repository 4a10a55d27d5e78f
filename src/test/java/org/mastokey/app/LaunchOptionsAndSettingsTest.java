package org.mastokey.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class LaunchOptionsAndSettingsTest {

    @Test
    void flagsAreParsedAndUnknownOnesRefused() {
        assertThat(LaunchOptions.parse(List.of())).isEqualTo(new LaunchOptions(false, false));
        assertThat(LaunchOptions.parse(List.of("--demo", "--exit-after-first-frame"))).isEqualTo(new LaunchOptions(true, true));
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--dmeo"))).hasMessageContaining("unknown option --dmeo");
    }

    @Test
    void settingsRememberSizeThemeAndFiveRecentServersNewestFirst() throws Exception {
        Preferences node = Preferences.userRoot().node("org/mastokey-test/settings-" + System.nanoTime());
        try {
            Settings settings = new Settings(node);
            assertThat(settings.clipboardClearAfter().toSeconds()).isEqualTo(60);
            assertThat(settings.windowWidth()).isEqualTo(760);
            assertThat(settings.windowHeight()).isEqualTo(560);
            settings.windowSize(900, 640);
            settings.dark(true);
            settings.clipboardClearAfter(Duration.ofSeconds(120));
            for (String s : List.of("a.social", "b.social", "c.social", "a.social", "d.social", "e.social", "f.social")) {
                settings.remember(s);
            }
            Settings again = new Settings(node);
            assertThat(again.windowWidth()).isEqualTo(900);
            assertThat(again.windowHeight()).isEqualTo(640);
            assertThat(again.dark()).isTrue();
            assertThat(again.recent()).containsExactly("f.social", "e.social", "d.social", "a.social", "c.social");
            assertThat(again.clipboardClearAfter().toSeconds()).isEqualTo(120);
            assertThat(settings.clipboardClearAfter().toSeconds()).isEqualTo(120);
        } finally {
            node.removeNode();
        }
    }
}
