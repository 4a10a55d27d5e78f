package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.RequiresTestKeyring;

/**
 * The whole command line, as a script would use it: the real launcher in a child JVM, the fake
 * Mastodon server over loopback HTTP, the real Secret Service, and a scripted browser that signs in.
 */
@RequiresTestKeyring
class CliFlowTest {
    private static final Pattern SAVED = Pattern.compile("Saved the token of (\\S+) ");
    private static final String BROWSER = Launcher.javaCommand("org.mastokey.demo.ScriptedBrowser");

    private FakeMastodon server;
    private final List<String> savedAccounts = new ArrayList<>();
    private final List<Launcher.Result> results = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();

    @BeforeEach
    void startServer() {
        server = FakeMastodon.start(FakeMastodonOptions.defaults());
    }

    @AfterEach
    void cleanUp() {
        for (String acct : savedAccounts) {
            Launcher.mastokey().run("revoke", "--local-only", acct);
        }
        if (server != null) {
            server.close();
        }
        // Nothing secret on stderr, ever; on stdout only from `token`.
        for (Launcher.Result result : results) {
            for (String secret : secrets) {
                assertThat(result.stderr()).as("stderr").doesNotContain(secret);
            }
        }
    }

    private Launcher.Result run(String... args) {
        Launcher.Result result = Launcher.mastokey().timeout(Duration.ofSeconds(90)).run(args);
        results.add(result);
        return result;
    }

    private String loginWithBrowser(String... extra) {
        List<String> args = new ArrayList<>(List.of("login", "--server", server.baseUri().toString(),
                "--browser", "--browser-command", BROWSER, "--timeout", "60"));
        args.addAll(List.of(extra));
        Launcher.Result login = run(args.toArray(String[]::new));
        assertThat(login.exitCode()).as(login.toString()).isZero();
        Matcher saved = SAVED.matcher(login.stdout());
        assertThat(saved.find()).as(login.toString()).isTrue();
        String acct = saved.group(1);
        savedAccounts.add(acct);
        return acct;
    }

    private String token(String acct) {
        Launcher.Result token = run("token", acct);
        assertThat(token.exitCode()).as(token.toString()).isZero();
        String value = token.stdout().strip();
        assertThat(value).isNotBlank().doesNotContain("\n");
        secrets.add(value);
        return value;
    }

    /** What the server itself says about a token: 200 when it works, 401 when revoked or unknown. */
    private int serverStatusOf(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/accounts/verify_credentials"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

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
    void revokeRevokesOnTheServerAndDeletesTheItem() throws Exception {
        String acct = loginWithBrowser();
        String token = token(acct);

        Launcher.Result revoke = run("revoke", acct);

        assertThat(revoke.exitCode()).as(revoke.toString()).isZero();
        assertThat(serverStatusOf(token)).as("the server no longer accepts the token").isEqualTo(401);
        Launcher.Result after = run("token", acct);
        assertThat(after.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(after.stdout()).isEmpty();
        assertThat(after.stderr()).contains("No saved token for " + acct);
        assertThat(run("list", "--quiet").stdout()).doesNotContain(acct);
    }

    @Test
    void verifyReportsATokenTheServerNoLongerAccepts() {
        String acct = loginWithBrowser();
        token(acct);
        server.revokeAllTokens();

        Launcher.Result verify = run("verify", acct);

        assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(ExitCode.REFUSED);
        assertThat(verify.stderr()).contains("no longer accepts the token of " + acct);
        assertThat(verify.stdout()).isEmpty();
    }

    @Test
    void revokeWithTheServerDownKeepsTheItem() throws Exception {
        String acct = loginWithBrowser();
        String token = token(acct);
        server.close();

        Launcher.Result revoke = run("revoke", acct);

        assertThat(revoke.exitCode()).as(revoke.toString()).isEqualTo(ExitCode.SERVER_ERROR);
        assertThat(revoke.stderr()).contains("still in the keychain", "nothing was deleted");
        assertThat(token(acct)).as("the only copy of the token is kept").isEqualTo(token);
        server = null;
    }

    @Test
    void rotateSavesANewTokenAndRevokesTheOldOne() throws Exception {
        String acct = loginWithBrowser("--scopes", "read write:statuses");
        String oldToken = token(acct);

        Launcher.Result rotate = run("rotate", acct, "--browser-command", BROWSER, "--timeout", "60");

        assertThat(rotate.exitCode()).as(rotate.toString()).isZero();
        String newToken = token(acct);
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(serverStatusOf(newToken)).isEqualTo(200);
        assertThat(serverStatusOf(oldToken)).as("the old token is revoked").isEqualTo(401);
        assertThat(run("list").stdout()).contains("write:statuses");
        assertThat(run("verify", acct).exitCode()).isZero();
    }

    @Test
    void loginOutOfBandReadsTheCodeFromStdin() throws Exception {
        Launcher.Running login = Launcher.mastokey().timeout(Duration.ofSeconds(90))
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
    void unreachableServerIsAServerError() {
        int port = server.baseUri().getPort();
        server.close();
        server = null;
        Launcher.Result result = run("login", "--server", "http://127.0.0.1:" + port, "--oob");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.SERVER_ERROR);
        assertThat(result.stderr()).startsWith("mastokey: ");
    }
}
