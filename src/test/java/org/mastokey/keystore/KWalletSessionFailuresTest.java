package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * KWallet answering on a bus but unable to serve: the message names KWallet and what it needs, and
 * nothing reads as "no saved accounts". Each case runs its own kwalletd5 on its own private bus.
 */
@RequiresTestKeyring("kwallet")
class KWalletSessionFailuresTest {

    @Test
    void kwalletWithoutAnyWalletNamesKWalletAndWhatToCreate() throws Exception {
        try (TestKeyring.PrivateBus bus = new TestKeyring.PrivateBus(false);
             Daemon ignored = Daemon.start(bus, List.of("kwalletd5"))) {
            Commands.Result status = TestKeyring.probe(bus.env(), "status");
            assertThat(status.field("status")).as(status.stdout()).isEqualTo("UNAVAILABLE");
            assertThat(status.field("explanation")).contains("KWallet has no default keyring")
                    .contains("Create a wallet in KDE Wallet Manager");

            Commands.Result list = TestKeyring.probe(bus.env(), "list");
            assertThat(list.field("reason")).as(list.stdout()).isEqualTo("UNAVAILABLE");
        }
    }

    @Test
    void kwalletWithoutItsCryptoPluginsSaysWhatItNeeds() throws Exception {
        Path plugins = qcaPlugins();
        Commands.Result canHide = Commands.run("unshare", "-m", "true");
        Assumptions.assumeTrue(canHide.exitCode() == 0, "this test hides QCA's plugins in a mount namespace,"
                + " which needs root (unshare -m): " + canHide.stderr());
        try (TestKeyring.PrivateBus bus = new TestKeyring.PrivateBus(false)) {
            Path empty = Files.createDirectories(bus.dir.resolve("no-plugins"));
            try (Daemon ignored = Daemon.start(bus, List.of("unshare", "-m", "sh", "-c",
                    "mount --bind \"$0\" \"$1\" && exec kwalletd5", empty.toString(), plugins.toString()))) {
                Commands.Result status = TestKeyring.probe(bus.env(), "status");
                assertThat(status.field("status")).as(status.stdout()).isEqualTo("UNAVAILABLE");
                assertThat(status.field("explanation"))
                        .contains("KWallet answers for the Secret Service but did not open a session")
                        .contains("libqca-qt5-2-plugins")
                        .doesNotContain("no keyring service is running");
            }
        }
    }

    private static Path qcaPlugins() throws IOException {
        try (Stream<Path> libs = Files.list(Path.of("/usr/lib"))) {
            return Stream.concat(Stream.of(Path.of("/usr/lib")), libs)
                    .map(dir -> dir.resolve("qca-qt5/crypto")).filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new AssertionError("no qca-qt5/crypto under /usr/lib (libqca-qt5-2-plugins)"));
        }
    }

    /** A kwalletd5 with the Secret Service API on, no wallet opened, on the given bus. */
    private record Daemon(Process process) implements AutoCloseable {
        static Daemon start(TestKeyring.PrivateBus bus, List<String> command) throws Exception {
            Path config = Files.createDirectories(bus.dir.resolve("config"));
            Files.writeString(config.resolve("kwalletrc"), "[Wallet]\nEnabled=true\nFirst Use=false\n\n"
                    + "[org.freedesktop.secrets]\napiEnabled=true\n");
            Map<String, String> env = new HashMap<>(bus.env());
            env.put("XDG_CONFIG_HOME", config.toString());
            env.put("QT_QPA_PLATFORM", "offscreen");
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(bus.dir.resolve("kwalletd.log").toFile());
            env.forEach((name, value) -> {
                if (value.isEmpty()) {
                    builder.environment().remove(name);
                } else {
                    builder.environment().put(name, value);
                }
            });
            Daemon daemon = new Daemon(builder.start());
            List<String> owned = List.of("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!Commands.run(owned, null, bus.env(), 10).stdout().contains("true")) {
                if (System.nanoTime() > deadline || !daemon.process.isAlive()) {
                    daemon.close();
                    throw new AssertionError("kwalletd5 did not take the Secret Service name: "
                            + Files.readString(bus.dir.resolve("kwalletd.log")));
                }
                Thread.sleep(50);
            }
            return daemon;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}
