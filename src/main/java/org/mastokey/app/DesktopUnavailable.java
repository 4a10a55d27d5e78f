package org.mastokey.app;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mastokey.ui.Texts;

/**
 * Why the window cannot open on this machine, for a one-line message a person can act on instead of
 * the toolkit's stack traces. Checked before JavaFX starts (a display named, GTK's libraries
 * findable), and read from the toolkit's failure for what only starting it shows (a display that
 * cannot be opened).
 *
 * @param missingLibraries the GTK glass's libraries that cannot be found; empty for a missing display
 */
record DesktopUnavailable(String messageKey, List<String> missingLibraries) {
    /** What JavaFX's GTK glass links against beyond what GTK 3 itself brings. */
    static final List<String> GTK_LIBRARIES = List.of("libgtk-3.so.0", "libXtst.so.6");
    static final DesktopUnavailable NO_DISPLAY = new DesktopUnavailable("launch.noDisplay", List.of());

    /** What JavaFX's GTK glass says when it cannot load its native library or open the display. */
    private static final String GTK_NOT_LOADED = "Unable to load glass GTK library";
    private static final String DISPLAY_NOT_OPENED = "Unable to open DISPLAY";

    DesktopUnavailable {
        missingLibraries = List.copyOf(missingLibraries);
    }

    static DesktopUnavailable noGtk(List<String> missing) {
        return new DesktopUnavailable("launch.noGtk", missing);
    }

    /**
     * Before the toolkit starts; only Linux with JavaFX's default (GTK) glass needs either.
     * @param glassPlatform the {@code glass.platform} property; null for the system's default
     * @param libraries empty when this system cannot tell which libraries it has
     */
    static Optional<DesktopUnavailable> beforeLaunch(String osName, String glassPlatform, Map<String, String> env,
            Optional<SharedLibraries> libraries) {
        boolean gtk = glassPlatform == null || glassPlatform.equalsIgnoreCase("gtk");
        boolean linux = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("linux");
        if (!linux || !gtk) {
            return Optional.empty();
        }
        List<String> missing = libraries.map(found -> GTK_LIBRARIES.stream().filter(lib -> !found.has(lib)).toList())
                .orElse(List.of());
        if (!missing.isEmpty()) {
            return Optional.of(noGtk(missing));
        }
        if (!named(env.get("DISPLAY")) && !named(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of(NO_DISPLAY);
        }
        return Optional.empty();
    }

    /** The toolkit's start-up failure, when it is one of the known ones; empty for anything else. */
    static Optional<DesktopUnavailable> fromFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof UnsupportedOperationException && message.startsWith(GTK_NOT_LOADED)) {
                return Optional.of(noGtk(GTK_LIBRARIES));
            }
            if (t instanceof UnsupportedOperationException && message.startsWith(DISPLAY_NOT_OPENED)) {
                return Optional.of(NO_DISPLAY);
            }
        }
        return Optional.empty();
    }

    String message(Texts texts) {
        return missingLibraries.isEmpty() ? texts.get(messageKey) : texts.get(messageKey, String.join(", ", missingLibraries));
    }

    private static boolean named(String value) {
        return value != null && !value.isBlank();
    }
}
