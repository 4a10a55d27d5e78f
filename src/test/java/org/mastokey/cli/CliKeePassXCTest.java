package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.keystore.Commands;
import org.mastokey.keystore.RequiresTestKeyring;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.TestProvider;

/**
 * The command line against KeePassXC: a locked database is exit 4 for every command, at once and
 * without KeePassXC's unlock dialog; an item KeePassXC wants approved is exit 4 with words that say so,
 * and {@code --wait-for-approval} waits for the answer; login checks all of this before the browser.
 */
@RequiresTestKeyring("keepassxc")
class CliKeePassXCTest {
    private final String acct = "alice-" + UUID.randomUUID().toString().substring(0, 8) + "@keepassxc.test";
    private final String token = "token-" + UUID.randomUUID();

    @BeforeEach
    void anotherProgramSavedAToken() {
        Commands.secretToolStore("Mastodon token " + acct, token, Map.of("service", SecretStore.TOKEN_SERVICE,
                "account", acct, "server", "https://keepassxc.test"));
    }

    @AfterEach
    void backToTheDefaults() {
        TestProvider.restart();
        Launcher.mastokey().run("revoke", "--local-only", acct);
    }

    @Test
    void lockedDatabaseIsExit4ForEveryCommandNeverNotFoundOrEmpty() {
        TestProvider.lock();
        assertEveryCommandSays("KeePassXC database is locked");
    }

    @Test
    void withUnlockBeforeSearchTheCommandsFailFastAndLeaveNoDialog() {
        TestProvider.restart("UnlockBeforeSearch=true");
        TestProvider.lock();
        assertEveryCommandSays("KeePassXC database is locked");
        assertThat(TestProvider.keePassXCWindows()).noneMatch(title -> title.contains("Unlock Database"));
    }

    @Test
    void anItemAwaitingApprovalSaysSoAndWaitForApprovalGetsTheToken() throws Exception {
        TestProvider.restart("ConfirmAccessItem=true");
        // list reads no secret, so it works without the approval
        assertThat(Launcher.mastokey().run("list").stdout()).contains(acct);
        Launcher.Result refused = Launcher.mastokey().run("token", acct);
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.KEYCHAIN_UNAVAILABLE);
        assertThat(refused.stderr()).contains("KeePassXC is unlocked but wants you to allow Mastokey")
                .contains("--wait-for-approval").doesNotContain("is locked").doesNotContain(token);

        CompletableFuture<Launcher.Result> waiting = CompletableFuture.supplyAsync(
                () -> Launcher.mastokey().timeout(Duration.ofSeconds(60)).run("token", "--wait-for-approval", acct));
        TestProvider.pressDefaultButtonOf("Access Request");
        Launcher.Result allowed = waiting.get(60, TimeUnit.SECONDS);

        assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
        assertThat(allowed.stdout().strip()).isEqualTo(token);
    }

    @Test
    void loginChecksTheSavedItemsBeforeSendingAnyoneToTheBrowser() {
        TestProvider.restart("ConfirmAccessItem=true");
        try (FakeMastodon server = FakeMastodon.start(FakeMastodonOptions.defaults())) {
            Launcher.Result login = Launcher.mastokey().timeout(Duration.ofSeconds(90)).run("login", "--server",
                    server.baseUri().toString(), "--browser", "--browser-command", AgainstFakeServer.BROWSER,
                    "--timeout", "60");

            assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCode.KEYCHAIN_UNAVAILABLE);
            assertThat(login.stderr()).contains("KeePassXC").contains("--wait-for-approval")
                    .doesNotContain("Opening the authorization page");
            assertThat(server.appCount()).as("apps registered").isZero();
            assertThat(server.tokenCount()).as("tokens issued").isZero();
        }
    }

    private void assertEveryCommandSays(String words) {
        for (String[] args : new String[][]{{"list"}, {"token", acct}, {"verify", acct}, {"revoke", acct}}) {
            long start = System.nanoTime();
            Launcher.Result result = Launcher.mastokey().run(args);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result).isEqualTo(ExitCode.KEYCHAIN_UNAVAILABLE);
            assertThat(result.stderr()).as(String.join(" ", args)).contains(words)
                    .doesNotContain("No saved").doesNotContain(token);
            assertThat(result.stdout()).isEmpty();
            assertThat(elapsedMs).as(String.join(" ", args) + " milliseconds").isLessThan(8_000);
        }
    }
}
