package org.mastokey.keystore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drives the throw-away keyring of {@code .ci/with-test-keyring} and runs probes in child JVMs.
 * D-Bus calls go through {@code dbus-send}, which comes with the {@code dbus} package.
 */
public final class TestKeyring {
    static final String LOGIN = "/org/freedesktop/secrets/collection/login";

    private TestKeyring() {
    }

    public static void lockLogin() {
        Commands.Result result = dbusSend("org.freedesktop.secrets", "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service.Lock", "array:objpath:" + LOGIN);
        check(result, "lock the login keyring");
    }

    public static boolean loginLocked() {
        Commands.Result result = dbusSend("org.freedesktop.secrets", LOGIN, "org.freedesktop.DBus.Properties.Get",
                "string:org.freedesktop.Secret.Collection", "string:Locked");
        check(result, "read the Locked property");
        return result.stdout().contains("true");
    }

    /** Unlocking needs the password, which only a fresh daemon accepts on stdin (no prompt here). */
    public static void restartUnlocked() throws InterruptedException {
        String password = System.getenv("MASTOKEY_TEST_KEYRING_PASSWORD");
        check(Commands.run(List.of("gnome-keyring-daemon", "--replace", "--daemonize", "--unlock", "--components=secrets"),
                password, Map.of(), 20), "restart the keyring daemon");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            Commands.Result owner = dbusSend("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets");
            if (owner.stdout().contains("true") && !loginLocked()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the keyring daemon did not come back unlocked within 5 s");
    }

    /**
     * Replaces the daemon with one started without the password, as after a reboot before the person
     * logged in: the login keyring exists but is locked.
     */
    public static void restartLocked() throws InterruptedException {
        check(Commands.run(List.of("gnome-keyring-daemon", "--replace", "--daemonize", "--components=secrets"),
                null, Map.of(), 20), "restart the keyring daemon locked");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            Commands.Result owner = dbusSend("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets");
            if (owner.stdout().contains("true") && loginLocked()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the keyring daemon did not come back locked within 5 s");
    }

    /** Sends a signal (STOP, CONT, KILL) to the keyring daemon. */
    public static void signal(long pid, String signal) {
        check(Commands.run("kill", "-" + signal, Long.toString(pid)), "send SIG" + signal + " to the keyring daemon");
    }

    public static long daemonPid() {
        Commands.Result result = dbusSend("org.freedesktop.DBus", "/org/freedesktop/DBus",
                "org.freedesktop.DBus.GetConnectionUnixProcessID", "string:org.freedesktop.secrets");
        check(result, "find the keyring daemon");
        return result.stdout().lines().map(String::trim).filter(l -> l.startsWith("uint32 "))
                .mapToLong(l -> Long.parseLong(l.substring("uint32 ".length()))).findFirst()
                .orElseThrow(() -> new AssertionError("no pid in: " + result.stdout()));
    }

    /** Runs {@link KeystoreProbe} in a child JVM with these environment overrides. */
    static Commands.Result probe(Map<String, String> env, String... args) {
        return Commands.run(probeCommand(args), null, env, 30);
    }

    /** Starts {@link KeystoreProbe} and leaves talking to it to the caller. */
    static Process startProbe(Map<String, String> env, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(probeCommand(args)).redirectError(ProcessBuilder.Redirect.DISCARD);
        env.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return builder.start();
    }

    private static List<String> probeCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KeystoreProbe.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * A private session bus. With {@code activation}, it is the standard session configuration (so the
     * Secret Service gets D-Bus-activated, without any keyring); without, a bus that offers no services.
     */
    static final class PrivateBus implements AutoCloseable {
        final String address;
        final Path dir;
        private final long pid;

        PrivateBus(boolean activation) throws Exception {
            dir = Files.createTempDirectory("mastokey-bus");
            Files.createDirectories(dir.resolve("data"));
            Files.createDirectories(dir.resolve("runtime"));
            List<String> command = new ArrayList<>(List.of("dbus-daemon", "--fork", "--print-address=1", "--print-pid=1"));
            if (activation) {
                command.add("--session");
            } else {
                Path config = dir.resolve("bus.conf");
                Files.writeString(config, """
                        <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                         "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                        <busconfig><type>session</type><listen>unix:dir=%s</listen>
                        <policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/>
                        <allow own="*"/></policy>
                        </busconfig>
                        """.formatted(dir));
                command.add("--config-file=" + config);
            }
            Commands.Result result = Commands.run(command, null, env(), 10);
            check(result, "start a private dbus-daemon");
            List<String> lines = result.stdout().lines().toList();
            address = lines.get(0).trim();
            pid = Long.parseLong(lines.get(1).trim());
        }

        /**
         * What a process on this bus sees: the bus, private XDG dirs, no display, and none of the test
         * keyring's variables (an activated gnome-keyring-daemon would otherwise join that daemon).
         */
        Map<String, String> env() {
            return Map.of("DBUS_SESSION_BUS_ADDRESS", address == null ? "" : address,
                    "XDG_DATA_HOME", dir.resolve("data").toString(),
                    "XDG_RUNTIME_DIR", dir.resolve("runtime").toString(),
                    "DISPLAY", "", "WAYLAND_DISPLAY", "", "GNOME_KEYRING_CONTROL", "", "SSH_AUTH_SOCK", "");
        }

        @Override
        public void close() throws Exception {
            Commands.run("kill", Long.toString(pid));
            Thread.sleep(200);
            Commands.run("rm", "-rf", dir.toString());
        }
    }

    private static Commands.Result dbusSend(String destination, String path, String method, String... args) {
        List<String> command = new ArrayList<>(List.of("dbus-send", "--session", "--print-reply",
                "--dest=" + destination, path, method));
        command.addAll(List.of(args));
        return Commands.run(command, null, Map.of(), 20);
    }

    private static void check(Commands.Result result, String what) {
        if (result.exitCode() != 0) {
            throw new AssertionError("could not " + what + ": " + result.stderr());
        }
    }
}
