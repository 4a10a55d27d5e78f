package org.mastokey.keystore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drives the KeePassXC or KWallet that {@code .ci/with-test-keyring --provider=...} started, through
 * {@code .ci/test-keyring-provider}; KeePassXC's dialogs are found and answered with xdotool on its
 * own display (the tests themselves never have one).
 */
public final class TestProvider {
    private static final Path CONTROL = Path.of(".ci", "test-keyring-provider").toAbsolutePath();

    private TestProvider() {
    }

    public static void lock() {
        control("lock");
    }

    public static void unlock() {
        control("unlock");
    }

    /** Restarts the provider; KeePassXC settings like {@code ConfirmAccessItem=true}, none for the defaults. */
    public static void restart(String... settings) {
        List<String> args = new ArrayList<>(List.of("restart"));
        args.addAll(List.of(settings));
        control(args.toArray(String[]::new));
    }

    /** The titles of KeePassXC's windows a person would see (mapped); a dialog being closed is gone already. */
    public static List<String> keePassXCWindows() {
        Commands.Result result = xdotool(List.of("search", "--onlyvisible", "--name", ".", "getwindowname", "%@"), 10);
        return result.stdout().lines().toList();
    }

    /**
     * Waits (up to 20 s) for a visible KeePassXC window whose title contains {@code title}, presses Return
     * in it (its default button), and waits until KeePassXC has destroyed it: the press counts once it is.
     * The key goes through XTEST to the focused window, not as an event sent to the window's id: KeePassXC
     * destroys the dialog on the key press, and sending the key release to it would then fail.
     */
    public static void pressDefaultButtonOf(String title) {
        String window = awaitKeePassXCWindow(title);
        // a key that arrives before the dialog takes keyboard input is lost: press again while it stays
        for (int press = 0; press < 5; press++) {
            Process destroyed = destroyedWatch(window);
            xdotool(List.of("windowfocus", "--sync", window), 10);
            xdotool(List.of("key", "Return"), 10);
            if (awaitExit(destroyed, 4)) {
                return;
            }
        }
        throw new AssertionError("KeePassXC's \"" + title + "\" stayed open after Return; open: " + keePassXCWindows());
    }

    /** Waits (up to 20 s) for a visible KeePassXC window whose title contains {@code title}; @return its id */
    public static String awaitKeePassXCWindow(String title) {
        Commands.Result found = xdotool(List.of("search", "--sync", "--onlyvisible", "--name", title), 30);
        String window = found.stdout().lines().findFirst().orElse("");
        if (found.exitCode() != 0 || window.isEmpty()) {
            throw new AssertionError("no KeePassXC window \"" + title + "\": " + found.stderr()
                    + " open: " + keePassXCWindows());
        }
        return window;
    }

    /** A process that ends when the window is destroyed ({@code xprop -spy} fails on it then), or at once if it is gone. */
    private static Process destroyedWatch(String window) {
        ProcessBuilder builder = new ProcessBuilder("xprop", "-spy", "-id", window, "WM_NAME")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", System.getenv("MASTOKEY_TEST_KEEPASSXC_DISPLAY"));
        try {
            return builder.start();
        } catch (java.io.IOException e) {
            throw new AssertionError("could not run xprop", e);
        }
    }

    private static boolean awaitExit(Process process, long seconds) {
        try {
            if (process.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
                return true;
            }
            process.destroyForcibly();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError(e);
        }
    }

    /**
     * The database as XML (deleted entries in the Recycle Bin included) once it shows {@code condition}.
     * KeePassXC saves 150 ms after a change, so the file is exported until it does (up to 30 s); a state
     * that precedes the last change must not be taken for the final one. A change KeePassXC gets while it
     * saves is kept in memory but not marked as unsaved, so it reaches the file with the next change only:
     * between exports an unrelated probe item is written, which is such a next change.
     */
    public static String awaitKeePassXCDatabase(String condition, java.util.function.Predicate<String> shows) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String current = exportKeePassXCDatabase();
        while (!shows.test(current)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("KeePassXC's database file never showed " + condition);
            }
            // a new item each time: replacing one would need KeePassXC's approval when it asks for that
            Commands.secretToolStore("Mastokey test: a change that makes KeePassXC save", "nudge",
                    Map.of("service", "org.mastokey.test.nudge", "account", java.util.UUID.randomUUID().toString()));
            current = exportKeePassXCDatabase();
        }
        return current;
    }

    private static String exportKeePassXCDatabase() {
        Path database = Path.of(System.getenv("MASTOKEY_TEST_KEYRING_DIR"), "keepassxc", "test.kdbx");
        Commands.Result result = Commands.run(List.of("keepassxc-cli", "export", "-q", "-f", "xml", database.toString()),
                System.getenv("MASTOKEY_TEST_KEYRING_PASSWORD") + "\n", Map.of(), 30);
        if (result.exitCode() != 0) {
            throw new AssertionError("keepassxc-cli export failed: " + result.stderr());
        }
        return result.stdout();
    }

    private static Commands.Result xdotool(List<String> args, long timeoutSeconds) {
        List<String> command = new ArrayList<>(List.of("timeout", "20", "xdotool"));
        command.addAll(args);
        return Commands.run(command, null, Map.of("DISPLAY", System.getenv("MASTOKEY_TEST_KEEPASSXC_DISPLAY")),
                timeoutSeconds);
    }

    private static void control(String... args) {
        List<String> command = new ArrayList<>(List.of(CONTROL.toString(), TestKeyringGate.provider()));
        command.addAll(List.of(args));
        Commands.Result result = Commands.run(command, null, Map.of(), 60);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + result.stderr());
        }
    }
}
