package org.mastokey.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.util.Duration;
import org.mastokey.demo.FakeMastodonOptions;

/**
 * For {@code packaging/bench-memory} only, never on the normal path: with
 * {@code -Dmastokey.benchmark.embeddedSignIn=true} and {@code --demo} (or {@code =http://HOST:PORT}, a demo
 * server in a process of its own, to tell the app's share from the server's), walks the wizard through a sign-in
 * in the embedded WebView with the demo user, the way a person would (Next, "in a Mastokey window",
 * the server's form, Authorize), and prints a line {@code mark=STEP peak-rss-mb=N rss-mb=N heap-mb=N ms=N}
 * at each step: {@code first-frame}, {@code idle} (the first step with its server preview, settled),
 * {@code sign-in-page} (the server's form drawn) and {@code confirm} (the account shown), then exits 0.
 * The figures come from {@code /proc/self/status} ({@code VmHWM}, {@code VmRSS}), so they are Linux's.
 * Before it exits it prints {@code fx-max-stall-ms=N step=STEP}: the longest gap between two FX pulses from
 * the first frame to the Confirm step (a timer asks for a pulse every frame), and what the walk was waiting for
 * then (spaces as dashes).
 */
final class SignInBenchmark {
    static final String SWITCH = "mastokey.benchmark.embeddedSignIn";
    private static final Duration POLL = Duration.millis(50);
    private static final long SETTLE_MS = 3000;
    private static final long TIMEOUT_MS = 120_000;

    private record Move(String waitingFor, BooleanSupplier ready, Runnable then) {
    }

    private final Scene scene;
    private final List<Move> moves = new ArrayList<>();
    private final long started = System.currentTimeMillis();
    private long since = started;
    private int at;
    private Timeline poll;
    private final PulseGaps gaps = new PulseGaps();

    private SignInBenchmark(Scene scene) {
        this.scene = scene;
    }

    static boolean requested() {
        return !System.getProperty(SWITCH, "false").equals("false");
    }

    /** The address to type on the first step, unless the built-in demo server's is filled in already. */
    static Optional<String> serverAddress() {
        return Optional.of(System.getProperty(SWITCH, "")).filter(value -> value.startsWith("http"));
    }

    /** Starts the walk through the wizard shown in {@code scene}; call it right after the window shows. */
    static void drive(Scene scene) {
        SignInBenchmark bench = new SignInBenchmark(scene);
        bench.plan();
        bench.poll = new Timeline(new KeyFrame(POLL, e -> bench.advance()));
        bench.poll.setCycleCount(Timeline.INDEFINITE);
        AfterFirstFrame.run(() -> {
            mark("first-frame");
            bench.since = System.currentTimeMillis();
            bench.gaps.start();
            bench.poll.play();
        });
    }

    private void plan() {
        serverAddress().ifPresent(address -> await("the address field", () -> visible("#addressField"),
                () -> ((TextInputControl) scene.lookup("#addressField")).setText(address)));
        await("the server preview", () -> visible("#previewCard"), () -> { });
        await("a settled first step", () -> settledFor(SETTLE_MS), () -> mark("idle"));
        await("Next on the server step", this::nextEnabled, this::next);
        await("Next on the scopes step", () -> visible("#readOnlyPreset") && nextEnabled(), this::next);
        await("the authorize step", () -> visible("#webViewMethod"), () -> fire("#webViewMethod"));
        await("Sign in", this::nextEnabled, this::next);
        await("the sign-in form", () -> pageHas("username"), () -> { });
        await("the drawn sign-in form", () -> settledFor(1000), () -> {
            mark("sign-in-page");
            script("document.getElementById('username').value='" + FakeMastodonOptions.USERNAME + "';"
                    + "document.getElementById('password').value='" + FakeMastodonOptions.PASSWORD + "';"
                    + "document.getElementById('sign-in').click();");
        });
        await("the consent page", () -> pageHas("authorize"), () -> script("document.getElementById('authorize').click();"));
        await("the confirm step's account", () -> visible("#acct") && !((Labeled) scene.lookup("#acct")).getText().isEmpty(),
                () -> { });
        await("a settled confirm step", () -> settledFor(1000), () -> {
            mark("confirm");
            gaps.stop();
            System.out.printf("fx-max-stall-ms=%d step=%s%n", gaps.longestMs, gaps.longestAt);
            System.out.println("fx-stalls-over-50-ms=" + gaps.over50);
            System.out.flush();
            Platform.exit();
            System.exit(0);
        });
    }

    private void await(String waitingFor, BooleanSupplier ready, Runnable then) {
        moves.add(new Move(waitingFor, ready, then));
    }

    private void advance() {
        Move move = moves.get(at);
        if (move.ready().getAsBoolean()) {
            at++;
            since = System.currentTimeMillis();
            gaps.step = at < moves.size() ? moves.get(at).waitingFor() : "the exit";
            move.then().run();
        } else if (System.currentTimeMillis() - started > TIMEOUT_MS) {
            System.err.println("mastokey: benchmark gave up waiting for " + move.waitingFor());
            System.exit(1);
        }
    }

    private boolean settledFor(long ms) {
        return System.currentTimeMillis() - since >= ms;
    }

    private boolean visible(String id) {
        Node node = scene.lookup(id);
        return node != null && node.isVisible() && node.getScene() != null;
    }

    private boolean nextEnabled() {
        return !scene.lookup("#nextButton").isDisabled();
    }

    private void next() {
        fire("#nextButton");
    }

    private void fire(String id) {
        ((ButtonBase) scene.lookup(id)).fire();
    }

    private boolean pageHas(String elementId) {
        WebEngine engine = engine();
        return engine != null && Boolean.TRUE.equals(engine.executeScript("document.getElementById('" + elementId + "') != null"));
    }

    private void script(String script) {
        engine().executeScript(script);
    }

    private WebEngine engine() {
        return scene.lookup("#signInWebView") instanceof WebView view ? view.getEngine() : null;
    }

    private static void mark(String step) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long heap = Runtime.getRuntime().totalMemory() >> 20;
        System.out.printf("mark=%s peak-rss-mb=%d rss-mb=%d heap-mb=%d ms=%d%n",
                step, status("VmHWM:"), status("VmRSS:"), heap, ms);
        System.out.flush();
    }

    /** A {@code kB} figure of /proc/self/status in MB, or -1 where there is none. */
    private static long status(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith(field))
                    .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) >> 10)
                    .findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The longest time between two pulses, and what the walk was waiting for then. */
    private static final class PulseGaps extends AnimationTimer {
        private long previous;
        long longestMs;
        String longestAt = "";
        String step = "the server preview";
        final List<String> over50 = new ArrayList<>();
        private final long startedNs = System.nanoTime();

        @Override
        public void handle(long now) {
            long gapMs = previous == 0 ? 0 : (now - previous) / 1_000_000;
            if (gapMs > longestMs) {
                longestMs = gapMs;
                longestAt = step.replace(' ', '-');
            }
            if (gapMs > 50) {
                over50.add(gapMs + " ms at +" + (previous - startedNs) / 1_000_000 + " ms waiting for " + step);
            }
            previous = now;
        }
    }
}
