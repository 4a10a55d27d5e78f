package org.mastokey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop opener as a real process: its exit status decides, its output goes nowhere. */
class DesktopBrowserTest {
    private static final URI PAGE = URI.create("https://example.social/oauth/authorize?client_id=x");

    @Test
    void anOpenerThatSucceedsOpened(@TempDir Path dir) throws Exception {
        Path seen = dir.resolve("seen");
        assertThat(new DesktopBrowser(List.of("sh", "-c", "echo \"$1\" > " + seen + "; echo chatter; echo noise >&2", "opener"))
                .open(PAGE)).isTrue();
        assertThat(Files.readString(seen).strip()).isEqualTo(PAGE.toString());
    }

    @Test
    void anOpenerThatFailsLikeXdgOpenWithoutABrowserDidNot() {
        assertThat(NoBrowser.opener().open(PAGE)).isFalse();
    }

    @Test
    void aMissingOpenerDidNot() {
        assertThat(new DesktopBrowser(List.of("/nonexistent/xdg-open")).open(PAGE)).isFalse();
    }
}
