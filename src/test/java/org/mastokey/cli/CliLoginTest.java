package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.junit.jupiter.api.Test;

/** {@code login} (browser, out-of-band, denied, wrong account), then {@code list}, {@code token}, {@code verify}. */
class CliLoginTest extends AgainstFakeServer {

    @Test
    void loginWithTheBrowserThenListTokenEnvAndVerify() throws Exception {
        String acct = loginWithBrowser("--scopes", "read write:statuses", "--note", "cli test");
        assertThat(acct).startsWith(FakeMastodonOptions.USERNAME + "@");

        String token = token(acct);
        assertThat(serverStatusOf(token)).as("the printed token works on the server").isEqualTo(200);

        Launcher.Result list = run("list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.stdout()).contains("ACCOUNT", acct, server.baseUri().toString(), "write:statuses", "cli test")
                .doesNotContain(token);
        Launcher.Result quiet = run("list", "--quiet");
        assertThat(quiet.stdout().lines()).contains(acct);

        Launcher.Result env = run("token", "--env", acct);
        assertThat(env.exitCode()).isZero();
        assertThat(env.stdout().lines()).containsExactly("MASTODON_ACCESS_TOKEN=" + token,
                "MASTODON_API_BASE_URL=" + server.baseUri());

        Launcher.Result verify = run("verify", acct);
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.stdout()).startsWith("ok: " + acct).contains("write:statuses").doesNotContain(token);
    }

    @Test
    void loggingInAgainWithOtherScopesSaysTheEarlierTokenStillWorks() throws Exception {
        String acct = loginWithBrowser("--scopes", "read");
        String first = token(acct);

        Launcher.Result again = run("login", "--server", server.baseUri().toString(), "--scopes", "read write:statuses",
                "--browser-command", BROWSER, "--timeout", "60");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stderr()).contains("replaced the token saved earlier for " + acct, "still valid");
        assertThat(token(acct)).isNotEqualTo(first);
        assertThat(serverStatusOf(first)).isEqualTo(200);
    }

    @Test
    void loginOutOfBandReadsTheCodeFromStdin() throws Exception {
        Launcher.Conversation login = Launcher.mastokey().timeout(Duration.ofSeconds(90))
                .start("login", "--server", server.baseUri().toString(), "--oob", "--timeout", "60");
        String urlLine = login.awaitStderrLine(line -> line.strip().startsWith("http"));
        ScriptedBrowser.Outcome outcome = ScriptedBrowser.alice().open(URI.create(urlLine.strip()));
        assertThat(outcome).isInstanceOf(ScriptedBrowser.OutOfBandCode.class);
        String code = ((ScriptedBrowser.OutOfBandCode) outcome).value();
        secrets.add(code);
        login.answer(code);
        Launcher.Result result = login.finish();
        results.add(result);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Matcher saved = SAVED.matcher(result.stdout());
        assertThat(saved.find()).isTrue();
        savedAccounts.add(saved.group(1));
        assertThat(serverStatusOf(token(saved.group(1)))).isEqualTo(200);
    }

    @Test
    void outOfBandWithoutACodeIsCancelled() {
        Launcher.Result result = Launcher.mastokey().stdin("")
                .run("login", "--server", server.baseUri().toString(), "--oob", "--timeout", "60");
        results.add(result);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.CANCELLED);
        assertThat(result.stderr()).contains("No authorization code");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void aDeniedAuthorizationIsCancelledAndSavesNothing() {
        Launcher.Result result = run("login", "--server", server.baseUri().toString(),
                "--browser-command", BROWSER + " --deny", "--timeout", "60");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.CANCELLED);
        assertThat(result.stderr()).contains("denied");
        assertThat(result.stdout()).isEmpty();
        assertThat(run("list", "--quiet").stdout()).isEmpty();
    }

    @Test
    void anotherAccountThanTheHandleTypedIsRefused() {
        String handle = "@" + FakeMastodonOptions.USERNAME + "@" + server.domain();
        Launcher.Result result = run("login", "--server", handle,
                "--browser-command", BROWSER + " --user " + FakeMastodonOptions.OTHER_USERNAME
                        + " --password " + FakeMastodonOptions.OTHER_PASSWORD, "--timeout", "60");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.stderr()).contains("--force-login");
        assertThat(run("list", "--quiet").stdout()).isEmpty();
    }

    @Test
    void unknownAccountsAreNotFound() {
        for (String command : new String[]{"token", "verify", "revoke", "rotate"}) {
            Launcher.Result result = run(command, "nobody@" + server.baseUri().getHost());
            assertThat(result.exitCode()).as(command + ": " + result).isEqualTo(ExitCode.NOT_FOUND);
            assertThat(result.stdout()).isEmpty();
            assertThat(result.stderr()).contains("mastokey list");
        }
    }

    @Test
    void aMistypedServerIsAUsageError() {
        Launcher.Result result = run("login", "--server", "https://exa mple.social", "--oob");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr()).startsWith("mastokey: ").doesNotContain("Exception");
    }

    @Test
    void unreachableServerIsAServerError() {
        int port = server.baseUri().getPort();
        server.close();
        server = null;
        Launcher.Result result = run("login", "--server", "http://127.0.0.1:" + port, "--oob");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.SERVER_ERROR);
        assertThat(result.stderr()).startsWith("mastokey: ");
    }
}
