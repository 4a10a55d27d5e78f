package org.mastokey.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a real window manager (openbox on Xvfb) the page is laid out at the window's real width. Openbox
 * shrinks a newly mapped window and WindowSetup undoes it; when the content's minimum rose while the
 * stage still believed the shrunk width, the stage grew itself by its width alone, GTK dropped that, and
 * the page stayed laid out at the minimum inside the wider window. Monocle has no window manager, so this
 * runs the window in a JVM of its own on a private X server.
 */
class WindowManagerShrinkTest {
    private static final int STARTS = 8;
    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path home;

    @Test
    void thePageIsLaidOutAtTheWindowsRealWidth() throws Exception {
        for (String tool : List.of("Xvfb", "openbox", "xwininfo")) {
            assumeTrue(onPath(tool), tool + " is not installed (.ci/packages lists it): this test needs a real X server and window manager");
        }
        String display = startDisplay();
        List<String> widths = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            String title = "Mastokey size probe " + i;
            Process probe = start(display, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Duser.home=" + home, "-Dglass.platform=gtk",
                    WindowSizeProbe.class.getName(), title));
            BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the probe's report").isNotNull().startsWith("scene ");
            String sceneWidth = line.substring("scene ".length());
            String xWidth = xWindowWidth(display, title);
            widths.add("start " + i + ": scene " + sceneWidth + ", X window " + xWidth);
            probe.getOutputStream().close();
            probe.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(widths).allSatisfy(w -> {
            Matcher m = Pattern.compile("scene (\\d+), X window (\\d+)").matcher(w);
            assertThat(m.find()).isTrue();
            assertThat(Math.abs(Integer.parseInt(m.group(1)) - Integer.parseInt(m.group(2)))).as(w).isLessThanOrEqualTo(1);
            // and it is the size asked for (760): the shrink was undone
            assertThat(Integer.parseInt(m.group(1))).as(w).isEqualTo(760);
        });
    }

    /** Xvfb picks a free display number itself and writes it once it accepts connections (-displayfd). */
    private String startDisplay() throws Exception {
        Process xvfb = start(null, List.of("Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"));
        String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(number).as("the display number Xvfb chose").isNotNull().matches("\\d+");
        String display = ":" + number;
        start(display, List.of("openbox"));
        waitForWindowManager(display);
        return display;
    }

    /** Openbox is ready once it has set _NET_SUPPORTING_WM_CHECK on the root window. */
    private void waitForWindowManager(String display) throws Exception {
        for (int i = 0; i < 400; i++) {
            if (run(display, "xprop", "-root", "_NET_SUPPORTING_WM_CHECK").contains("window id")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("openbox did not start on " + display);
    }

    private String xWindowWidth(String display, String title) throws Exception {
        String info = run(display, "xwininfo", "-name", title);
        Matcher m = Pattern.compile("Width: (\\d+)").matcher(info);
        assertThat(m.find()).as("xwininfo of " + title + ": " + info).isTrue();
        return m.group(1);
    }

    private String run(String display, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private Process start(String display, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS"));
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        if (!command.get(0).endsWith("java") && !command.get(0).equals("Xvfb")) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = builder.start();
        started.add(p);
        return p;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process p = started.get(i);
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
