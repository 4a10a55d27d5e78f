package org.mastokey.ui;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens pages with the desktop's own opener ({@code xdg-open}, {@code open}, {@code rundll32}) in a
 * process of its own whose output goes nowhere: it does not hold the terminal or Maven's output open,
 * and it outlives the app. An opener that exits with a failure (no default browser: {@code xdg-open}
 * exits 3 or 4) or cannot be started counts as "not opened", so the UI can offer the link instead of
 * waiting for a browser that never came.
 */
public final class DesktopBrowser implements SystemBrowser {
    /** An opener still running after this has started a browser in the foreground: that counts as opened. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    private final List<String> command;

    public DesktopBrowser(List<String> command) {
        this.command = List.copyOf(command);
    }

    public static DesktopBrowser forCurrentOs() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return new DesktopBrowser(List.of("open"));
        }
        if (os.contains("win")) {
            return new DesktopBrowser(List.of("rundll32", "url.dll,FileProtocolHandler"));
        }
        return new DesktopBrowser(List.of("xdg-open"));
    }

    @Override
    public boolean open(URI uri) {
        List<String> words = new ArrayList<>(command);
        words.add(uri.toString());
        try {
            Process opener = new ProcessBuilder(words)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!opener.waitFor(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            return opener.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "NUL" : "/dev/null");
    }
}
