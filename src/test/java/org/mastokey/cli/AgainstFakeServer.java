package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.RequiresTestKeyring;

/**
 * What the command-line tests share: the fake Mastodon server over loopback, the real launcher in a
 * child JVM, the real Secret Service (so the class needs {@code .ci/with-test-keyring}), and a scripted
 * browser that signs in. After each test: the saved items are deleted, and no secret a test saw may
 * appear on any command's stderr.
 */
@RequiresTestKeyring
abstract class AgainstFakeServer {
    static final Pattern SAVED = Pattern.compile("Saved the token of (\\S+) ");
    static final String BROWSER = Launcher.javaCommand("org.mastokey.demo.ScriptedBrowser");

    FakeMastodon server;
    final List<String> savedAccounts = new ArrayList<>();
    final List<Launcher.Result> results = new ArrayList<>();
    final List<String> secrets = new ArrayList<>();

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

    Launcher.Result run(String... args) {
        Launcher.Result result = Launcher.mastokey().timeout(Duration.ofSeconds(90)).run(args);
        results.add(result);
        return result;
    }

    /** A login that alice approves, signed in by the scripted browser in this JVM (no browser process). */
    String loginWithBrowser(String... extra) {
        return loginSignedInBy(ScriptedBrowser.alice(), extra);
    }

    String loginSignedInBy(ScriptedBrowser browser, String... extra) {
        return saved(runSigningIn(browser, loginArgs(Launcher.NO_BROWSER, extra)));
    }

    /** A login or rotate given {@code --browser-command} {@link Launcher#NO_BROWSER}, signed in by {@code browser}. */
    Launcher.Result runSigningIn(ScriptedBrowser browser, String... args) {
        Launcher.Result result;
        try {
            result = Launcher.mastokey().timeout(Duration.ofSeconds(90)).runSigningIn(browser, args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        results.add(result);
        return result;
    }

    /** A login whose {@code --browser-command} is run as a process, as a person's browser would be. */
    String loginWith(String browserCommand, String... extra) {
        return saved(run(loginArgs(browserCommand, extra)));
    }

    private String[] loginArgs(String browserCommand, String... extra) {
        List<String> args = new ArrayList<>(List.of("login", "--server", server.baseUri().toString(),
                "--browser", "--browser-command", browserCommand, "--timeout", "60"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    private String saved(Launcher.Result login) {
        assertThat(login.exitCode()).as(login.toString()).isZero();
        Matcher saved = SAVED.matcher(login.stdout());
        assertThat(saved.find()).as(login.toString()).isTrue();
        String acct = saved.group(1);
        savedAccounts.add(acct);
        return acct;
    }

    String token(String acct) {
        Launcher.Result token = run("token", acct);
        assertThat(token.exitCode()).as(token.toString()).isZero();
        String value = token.stdout().strip();
        assertThat(value).isNotBlank().doesNotContain("\n");
        secrets.add(value);
        return value;
    }

    /** What the server itself says about a token: 200 when it works, 401 when revoked or unknown. */
    int serverStatusOf(String token) throws Exception {
        return serverStatusOf(token, "/api/v1/accounts/verify_credentials");
    }

    int serverStatusOf(String token, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve(path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
