package org.mastokey.ui;

import java.util.List;

/**
 * A desktop whose opener fails the way {@code xdg-open} does without a default browser (it prints
 * "Operation not supported" and exits 4): a real process with a real exit status.
 */
public final class NoBrowser {
    private NoBrowser() {
    }

    public static DesktopBrowser opener() {
        return new DesktopBrowser(List.of("sh", "-c", "echo 'gio: Operation not supported' >&2; exit 4", "xdg-open"));
    }
}
