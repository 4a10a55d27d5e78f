package org.mastokey.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import org.mastokey.ui.Texts;

/**
 * Starts the wizard. Flags: {@code --demo} starts the built-in fake server and pre-fills
 * its address; {@code --exit-after-first-frame} prints {@code first-frame-ms=N} and exits once the
 * wizard has been drawn (used by the install test and the start-up benchmark). Screenshots of every
 * step come from a test ({@code ScreenshotsTest}), not from a flag.
 *
 * <p>Without a display or GTK it prints one line saying what is missing and exits with status 1, or
 * with {@code -Dmastokey.unavailableExit=N}: {@code javafx:run} sets 0, as Maven would bury the line
 * under a stack trace of its own for any other status.
 */
public final class DesktopLauncher {
    static final String UNAVAILABLE_EXIT = "mastokey.unavailableExit";

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        try {
            LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("mastokey: " + e.getMessage());
            System.exit(2);
        }
        DesktopUnavailable.beforeLaunch(System.getProperty("os.name"), System.getProperty("glass.platform"), System.getenv(),
                SharedLibraries.ofThisSystem(System.getenv("LD_LIBRARY_PATH"))).ifPresent(DesktopLauncher::stop);
        StartupPreloader.begin(); // settings, texts and classes for the first frame, while the toolkit starts
        try {
            Application.launch(MastokeyApp.class, args);
        } catch (RuntimeException e) {
            stop(DesktopUnavailable.fromFailure(e).orElseThrow(() -> e));
        }
    }

    private static void stop(DesktopUnavailable reason) {
        System.err.println("mastokey: " + reason.message(new Texts(Locale.getDefault())));
        System.exit(Integer.getInteger(UNAVAILABLE_EXIT, 1));
    }
}
