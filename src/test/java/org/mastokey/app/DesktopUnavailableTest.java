package org.mastokey.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mastokey.ui.Texts;

class DesktopUnavailableTest {
    private static final String LINUX = "Linux";
    private static final Map<String, String> X11 = Map.of("DISPLAY", ":0");
    private static final Optional<SharedLibraries> GTK = libraries("libgtk-3.so.0", "libXtst.so.6");

    private static Optional<SharedLibraries> libraries(String... names) {
        String[] paths = List.of(names).stream().map(name -> "/usr/lib/x86_64-linux-gnu/" + name).toArray(String[]::new);
        return Optional.of(SharedLibraries.of(SharedLibrariesTest.cacheListing(paths), List.of()));
    }

    @Test
    void linuxWithNeitherDisplayNorWaylandHasNoDisplay() {
        assertThat(DesktopUnavailable.beforeLaunch(LINUX, null, Map.of(), GTK)).contains(DesktopUnavailable.NO_DISPLAY);
        assertThat(DesktopUnavailable.beforeLaunch(LINUX, "gtk", Map.of("DISPLAY", " ", "WAYLAND_DISPLAY", ""), GTK))
                .contains(DesktopUnavailable.NO_DISPLAY);
    }

    @Test
    void eitherDisplayIsEnoughToTry() {
        assertThat(DesktopUnavailable.beforeLaunch(LINUX, null, X11, GTK)).isEmpty();
        assertThat(DesktopUnavailable.beforeLaunch(LINUX, null, Map.of("WAYLAND_DISPLAY", "wayland-0"), GTK)).isEmpty();
    }

    @Test
    void missingGtkLibrariesAreNamedEvenWithoutADisplay() {
        assertThat(DesktopUnavailable.beforeLaunch(LINUX, null, X11, libraries("libgtk-3.so.0")))
                .contains(DesktopUnavailable.noGtk(List.of("libXtst.so.6")));
        assertThat(DesktopUnavailable.beforeLaunch(LINUX, null, Map.of(), libraries()))
                .contains(DesktopUnavailable.noGtk(List.of("libgtk-3.so.0", "libXtst.so.6")));
    }

    @Test
    void aSystemThatCannotTellItsLibrariesIsLeftToTheToolkit() {
        assertThat(DesktopUnavailable.beforeLaunch(LINUX, null, X11, Optional.empty())).isEmpty();
    }

    @Test
    void otherSystemsAndOtherGlassPlatformsAreNotChecked() {
        assertThat(DesktopUnavailable.beforeLaunch("Mac OS X", null, Map.of(), libraries())).isEmpty();
        assertThat(DesktopUnavailable.beforeLaunch("Windows 11", null, Map.of(), libraries())).isEmpty();
        assertThat(DesktopUnavailable.beforeLaunch(LINUX, "Monocle", Map.of(), libraries())).isEmpty();
    }

    @Test
    void glassFailuresAreRecognisedWhereverTheyAreInTheCauseChain() {
        var gtk = new UnsupportedOperationException("Unable to load glass GTK library.");
        var display = new UnsupportedOperationException("Unable to open DISPLAY");
        assertThat(DesktopUnavailable.fromFailure(gtk)).contains(DesktopUnavailable.noGtk(DesktopUnavailable.GTK_LIBRARIES));
        assertThat(DesktopUnavailable.fromFailure(new RuntimeException("Application launch error", gtk)))
                .contains(DesktopUnavailable.noGtk(DesktopUnavailable.GTK_LIBRARIES));
        assertThat(DesktopUnavailable.fromFailure(display)).contains(DesktopUnavailable.NO_DISPLAY);
    }

    @Test
    void anyOtherFailureIsNotExplainedAway() {
        assertThat(DesktopUnavailable.fromFailure(new RuntimeException("Exception in Application start method",
                new IllegalStateException("Unable to open DISPLAY")))).isEmpty();
        assertThat(DesktopUnavailable.fromFailure(new UnsupportedOperationException("something else"))).isEmpty();
        assertThat(DesktopUnavailable.fromFailure(new UnsupportedOperationException())).isEmpty();
    }

    @Test
    void theMessageNamesWhatIsMissingAndHowToGetIt() {
        Texts english = new Texts(Locale.ENGLISH);
        assertThat(DesktopUnavailable.noGtk(List.of("libXtst.so.6")).message(english))
                .contains("cannot find libXtst.so.6.", "sudo apt-get install libgtk-3-0 libxtst6", "sudo dnf install gtk3 libXtst");
        assertThat(DesktopUnavailable.NO_DISPLAY.message(new Texts(Locale.GERMAN))).startsWith("kein Fenster möglich").contains("DISPLAY");
    }
}
