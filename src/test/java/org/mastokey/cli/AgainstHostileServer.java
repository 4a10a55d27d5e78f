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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mastokey.demo.HostileMastodon;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.RequiresTestKeyring;
import org.mastokey.keystore.SecretStore;

/**
 * The command line in this JVM ({@link Launcher}) against a {@link HostileMastodon}, on the real
 * Secret Service of {@code .ci/with-test-keyring}. Every keychain item of the servers a test started is
 * deleted afterwards.
 */
@RequiresTestKeyring
abstract class AgainstHostileServer {
    HostileMastodon hostile;
    final List<HostileMastodon> servers = new ArrayList<>();

    @BeforeEach
    void startHostileServer() {
        hostile = server();
    }

    /** Another hostile (or, without rules, honest) server, closed and cleaned up after the test. */
    HostileMastodon server() {
        HostileMastodon server = HostileMastodon.start();
        servers.add(server);
        return server;
    }

    @AfterEach
    void closeServersAndForgetTheirAccounts() throws Exception {
        SecretStore store = OsKeychain.open();
        for (SecretStore.StoredItem item : store.list(SecretStore.TOKEN_SERVICE)) {
            if (servers.stream().anyMatch(s -> item.key().account().contains(s.domain())
                    || String.valueOf(item.attributes().get("server")).contains(s.domain()))) {
                store.delete(item.key());
            }
        }
        servers.forEach(HostileMastodon::close);
    }

    Launcher cli() {
        return Launcher.mastokey().timeout(Duration.ofSeconds(120));
    }

    /** {@code mastokey login --server SERVER --browser-command true ...}, signed in by {@code browser}. */
    Launcher.Result login(Launcher cli, ScriptedBrowser browser, String server, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("login", "--server", server, "--browser", "--browser-command",
                Launcher.NO_BROWSER, "--timeout", "60"));
        args.addAll(List.of(extra));
        return cli.runSigningIn(browser, args.toArray(String[]::new));
    }

    Launcher.Result login(String server, String... extra) throws Exception {
        return login(cli(), ScriptedBrowser.alice(), server, extra);
    }

    static String savedAcct(Launcher.Result login) {
        Matcher saved = AgainstFakeServer.SAVED.matcher(login.stdout());
        assertThat(saved.find()).as(login.toString()).isTrue();
        return saved.group(1);
    }

    String token(String acct) {
        Launcher.Result token = cli().run("token", acct);
        assertThat(token.exitCode()).as(token.toString()).isZero();
        return token.stdout().strip();
    }

    /** 200 when the token works on {@code server}, 401 when it is revoked or unknown there. */
    static int statusOn(URI server, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/v1/accounts/verify_credentials"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
