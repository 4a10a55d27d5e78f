package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Help, version and usage errors of the real launcher; none of these needs a keychain or a server. */
class CliUsageTest {

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Launcher.Result result = Launcher.mastokey().run("--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("login", "list", "token", "verify", "revoke", "rotate")
                .contains("Exit codes:", "3  not found", "4  keychain unavailable", "5  server error", "6  cancelled", "2  usage error")
                .contains("export MASTODON_ACCESS_TOKEN=$(mastokey token alice@example.social)");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[]{"login", "list", "token", "verify", "revoke", "rotate"}) {
            Launcher.Result result = Launcher.mastokey().run(command, "--help");
            assertThat(result.exitCode()).as(command + ": " + result).isZero();
            assertThat(result.stdout()).as(command).contains("Usage: mastokey " + command);
        }
        Launcher.Result viaHelp = Launcher.mastokey().run("help", "token");
        assertThat(viaHelp.stdout()).contains("--env", "MASTODON_ACCESS_TOKEN");
    }

    @Test
    void versionIsPrinted() {
        Launcher.Result result = Launcher.mastokey().run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("mastokey ");
    }

    @Test
    void usageErrorsExitWithTwoAndExplainOnStderr() {
        Launcher.Result missingAccount = Launcher.mastokey().run("token");
        assertThat(missingAccount.exitCode()).as(missingAccount.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(missingAccount.stderr()).contains("ACCOUNT", "mastokey token --help");
        assertThat(missingAccount.stdout()).isEmpty();

        Launcher.Result unknownOption = Launcher.mastokey().run("list", "--tokens");
        assertThat(unknownOption.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownOption.stderr()).contains("--tokens");

        Launcher.Result bothModes = Launcher.mastokey().run("login", "--server", "example.social", "--oob", "--browser");
        assertThat(bothModes.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bothModes.stderr()).contains("mutually exclusive");

        Launcher.Result notAnAccount = Launcher.mastokey().run("token", "alice");
        assertThat(notAnAccount.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(notAnAccount.stderr()).contains("user@server");

        Launcher.Result noServer = Launcher.mastokey().run("login");
        assertThat(noServer.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noServer.stderr()).contains("--server");
    }
}
