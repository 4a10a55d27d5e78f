package org.mastokey.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mastokey.ui.ScratchPreferences;

class HeadStartTest {

    @Test
    void startGetsWhatTheHeadStartReadAndReadsItItselfWithoutOne() throws Exception {
        String before = System.getProperty(Settings.NODE_PROPERTY);
        try (ScratchPreferences scratch = new ScratchPreferences()) {
            scratch.settings().dark(true);
            System.setProperty(Settings.NODE_PROPERTY, scratch.path());

            HeadStart.begin();
            HeadStart.Prepared begun = HeadStart.take();
            HeadStart.Prepared inline = HeadStart.take(); // nothing pending any more: prepared on this thread

            for (HeadStart.Prepared prepared : List.of(begun, inline)) {
                assertThat(prepared.settings().dark()).isTrue();
                assertThat(prepared.texts().bundle().getBaseBundleName()).isEqualTo(org.mastokey.ui.Texts.BUNDLE);
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

    /** A stale list only costs start-up time; this is the reminder to rerun packaging/first-frame-classes. */
    @Test
    void theClassListIsCurrent() {
        assertThat(HeadStart.class.getResource(HeadStart.CLASS_LIST)).as(HeadStart.CLASS_LIST).isNotNull();
        List<String> names = HeadStart.listedClasses();
        List<String> missing = names.stream().filter(name -> !loads(name)).toList();

        assertThat(names).contains("javafx.fxml.FXMLLoader", "org.mastokey.ui.wizard.server.ServerStep");
        assertThat(missing.size()).as("classes in the list that no longer exist: %s; rerun packaging/first-frame-classes",
                missing).isLessThan(names.size() / 20);
    }

    private static boolean loads(String name) {
        try {
            Class.forName(name, false, HeadStartTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
