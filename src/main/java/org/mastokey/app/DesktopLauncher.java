package org.mastokey.app;

import javafx.application.Application;

/**
 * Starts the wizard (issue 4). Flags: {@code --demo} starts the built-in fake server and pre-fills
 * its address; {@code --exit-after-first-frame} prints {@code first-frame-ms=N} and exits once the
 * wizard has been drawn (used by the install test and the start-up benchmark). Screenshots of every
 * step come from a test ({@code ScreenshotsTest}), not from a flag.
 */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        try {
            LaunchOptions.parse(java.util.List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("mastokey: " + e.getMessage());
            System.exit(2);
        }
        StartupPreloader.begin(); // settings, texts and classes for the first frame, while the toolkit starts
        Application.launch(MastokeyApp.class, args);
    }
}
