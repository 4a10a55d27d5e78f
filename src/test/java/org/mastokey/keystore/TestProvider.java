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

    /** The titles of KeePassXC's open windows. */
    public static List<String> keePassXCWindows() {
        Commands.Result result = Commands.run(List.of("xdotool", "search", "--name", ".", "getwindowname", "%@"),
                null, keePassXCDisplay(), 10);
        return result.stdout().lines().toList();
    }

    /** Waits (up to 20 s) for a KeePassXC window whose title contains {@code title}, then presses its default button. */
    public static void pressDefaultButtonOf(String title) {
        Commands.Result result = Commands.run(List.of("timeout", "20", "xdotool", "search", "--sync", "--name", title,
                "windowfocus", "--sync", "key", "Return"), null, keePassXCDisplay(), 30);
        if (result.exitCode() != 0) {
            throw new AssertionError("no KeePassXC window \"" + title + "\" to answer: " + result.stderr()
                    + " open: " + keePassXCWindows());
        }
    }

    /**
     * The database as XML, deleted entries in the Recycle Bin included, once KeePassXC's saving (after
     * every change, a moment later) has settled: two exports in a row read the same.
     */
    public static String keePassXCDatabaseXml() {
        String previous = exportKeePassXCDatabase();
        for (int attempt = 0; attempt < 50; attempt++) {
            String current = exportKeePassXCDatabase();
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        throw new AssertionError("KeePassXC kept changing its database file");
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

    private static Map<String, String> keePassXCDisplay() {
        return Map.of("DISPLAY", System.getenv("MASTOKEY_TEST_KEEPASSXC_DISPLAY"));
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
