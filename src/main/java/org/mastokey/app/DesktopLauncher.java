package org.mastokey.app;

/**
 * Starts the wizard (issue 4). Flags: {@code --demo} starts the built-in fake server and pre-fills
 * its address; {@code --exit-after-first-frame} prints {@code first-frame-ms=N} and exits once the
 * wizard has been drawn (used by the install test and the start-up benchmark).
 */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        throw new UnsupportedOperationException("TODO: issue 4");
    }
}
