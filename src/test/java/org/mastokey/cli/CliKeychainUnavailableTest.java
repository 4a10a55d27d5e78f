package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** With no Secret Service reachable, keychain commands fail fast with exit code 4 and say why. */
class CliKeychainUnavailableTest {

    @Test
    void tokenAndListReportAnUnavailableKeychain() {
        for (String[] args : new String[][]{{"token", "alice@example.social"}, {"list"}}) {
            Launcher.Result result = Launcher.mastokey().childJvm() // libsecret reads the bus address of the process
                    .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mastokey-test-bus")
                    .run(args);

            assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result).isEqualTo(ExitCode.KEYCHAIN_UNAVAILABLE);
            assertThat(result.stdout()).isEmpty();
            assertThat(result.stderr()).startsWith("mastokey: keychain: ");
        }
    }

    @Test
    void loginChecksTheKeychainBeforeContactingTheServer() {
        // Nothing listens on port 9 of loopback: were the server asked first, this would be a server error (5).
        Launcher.Result result = Launcher.mastokey().childJvm()
                .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mastokey-test-bus")
                .run("login", "--server", "http://127.0.0.1:9", "--oob");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.KEYCHAIN_UNAVAILABLE);
        assertThat(result.stderr()).startsWith("mastokey: keychain: ").doesNotContain("127.0.0.1");
    }
}
