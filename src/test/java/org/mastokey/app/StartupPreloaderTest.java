package org.mastokey.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mastokey.ui.ScratchPreferences;
import org.mastokey.ui.Texts;

class StartupPreloaderTest {

    @Test
    void startGetsWhatTheHeadStartReadAndReadsItItselfWithoutOne() throws Exception {
        String before = System.getProperty(Settings.NODE_PROPERTY);
        try (ScratchPreferences scratch = new ScratchPreferences()) {
            scratch.settings().dark(true);
            System.setProperty(Settings.NODE_PROPERTY, scratch.path());

            StartupPreloader.begin();
            StartupPreloader.Prepared begun = StartupPreloader.take();
            StartupPreloader.Prepared inline = StartupPreloader.take(); // nothing pending any more: prepared on this thread

            for (StartupPreloader.Prepared prepared : List.of(begun, inline)) {
                assertThat(prepared.settings().dark()).isTrue();
                assertThat(prepared.texts().bundle().getBaseBundleName()).isEqualTo(Texts.BUNDLE);
                assertThat(prepared.texts().has("app.title")).isTrue();
                assertThat(prepared.engine()).isNotNull();
            }
            assertThat(begun.texts().locale()).isEqualTo(inline.texts().locale());
        } finally {
            if (before == null) {
                System.clearProperty(Settings.NODE_PROPERTY);
            } else {
                System.setProperty(Settings.NODE_PROPERTY, before);
            }
        }
    }
}
