package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.account.Engine;
import org.mastokey.account.Login;
import org.mastokey.account.PendingLogin;
import org.mastokey.account.SavedAccount;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.FakeMastodonOptions.Personality;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SessionOnlyStore;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.Scopes;
import org.mastokey.server.ServerInfo;

/**
 * The command line, in this JVM, against what real GoToSocial, snac and Hollo do differently from Mastodon
 * (the fake server's personalities of the same names).
 */
class CliOtherServersTest {
    private final SecretStore store = new SessionOnlyStore();
    private final Launcher cli = Launcher.mastokey().keychain(() -> store).timeout(Duration.ofSeconds(90));
    private FakeMastodon server;

    private FakeMastodon start(Personality personality) {
        server = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(personality));
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anAppOnlyTokenOnGoToSocial() throws Exception {
        start(Personality.GOTOSOCIAL);
        Launcher.Result login = cli.run("login", "--server", server.baseUri().toString(), "--app-only");

        assertThat(login.exitCode()).as(login.toString()).isZero();
        assertThat(login.stdout()).contains("Saved the token of app-only@");
    }

    @Test
    void snacIsKnownToHaveNoAppOnlyTokens() throws Exception {
        start(Personality.SNAC);
        Launcher.Result login = cli.run("login", "--server", server.baseUri().toString(), "--app-only");

        assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCode.REFUSED);
        assertThat(login.stderr()).contains(server.domain() + " (snac) offers no app-only tokens")
                .contains("Leave out --app-only").doesNotContain("web page");
        assertThat(server.requestCount("POST /oauth/token")).as("known, not tried").isZero();
    }

    @Test
    void aTokenSnacForgotIsReportedAsRevoked() throws Exception {
        start(Personality.SNAC);
        SavedAccount alice = savedLogin();
        server.revokeAllTokens();

        Launcher.Result verify = cli.run("verify", alice.acct());

        assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(ExitCode.REFUSED);
        assertThat(verify.stderr()).contains(server.domain() + " no longer accepts the token of " + alice.acct())
                .contains("revoke --local-only");
    }

    @Test
    void revokingATokenSnacForgotRemovesTheItemAndSaysSo() throws Exception {
        start(Personality.SNAC);
        SavedAccount alice = savedLogin();
        server.revokeAllTokens();

        Launcher.Result revoke = cli.run("revoke", alice.acct());

        assertThat(revoke.exitCode()).as(revoke.toString()).isZero();
        assertThat(revoke.stdout()).contains("no longer accepts the token of " + alice.acct())
                .contains("nothing to revoke").contains("deleted it from the keychain");
        assertThat(cli.run("list").stdout()).doesNotContain(alice.acct());
    }

    @Test
    void holloLoginThroughTheBrowserKeepsThePortInTheServerName() throws Exception {
        start(Personality.HOLLO);
        Launcher.Result result = cli.runSigningIn(ScriptedBrowser.alice(), "login", "--server", server.baseUri().toString(),
                "--browser", "--browser-command", Launcher.NO_BROWSER, "--timeout", "30");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("Opening the authorization page of " + server.domain() + " ");
        assertThat(server.domain()).contains(":");
    }

    @Test
    void aDenialWithoutStateIsShownAtOnceAndEnterEndsTheWait() throws Exception {
        start(Personality.HOLLO);
        Launcher.Conversation login = cli.start("login", "--server", server.baseUri().toString(), "--browser",
                "--browser-command", Launcher.NO_BROWSER, "--timeout", "30");
        URI authorize = URI.create(login.awaitStderrLine(line -> line.startsWith("  http")).strip());

        ScriptedBrowser.Outcome denied = ScriptedBrowser.alice().denying().open(authorize);
        assertThat(denied.toString()).doesNotContain("state=");
        String denial = login.awaitStderrLine(line -> line.contains("reported that access was denied"));
        assertThat(denial).contains(server.domain() + " reported that access was denied")
                .contains("does not name this sign-in").contains("Press Enter to stop waiting");
        login.answer("\n");

        Launcher.Result result = login.finish();
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.CANCELLED);
        assertThat(result.stderr()).contains("denied").doesNotContain("No authorization arrived");
    }

    @Test
    void holloAppOnlyAndTheReplacedTokenNoteIsNotMastodonOnly() throws Exception {
        start(Personality.HOLLO);
        Launcher.Result first = cli.run("login", "--server", server.baseUri().toString(), "--app-only");
        assertThat(first.exitCode()).as(first.toString()).isZero();

        Launcher.Result second = cli.run("login", "--server", server.baseUri().toString(), "--app-only");

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.stderr()).contains("this replaced the token saved earlier")
                .contains("where it lists the apps you authorized").contains("on Mastodon: Preferences > Account");
    }

    private SavedAccount savedLogin() throws Exception {
        Engine engine = Engine.create(store);
        ServerInfo info = engine.loginFlow().discover(server.baseUri().toString());
        try (PendingLogin pending = engine.loginFlow().start(info, Scopes.of("read"), AuthorizeMode.LOOPBACK, false, "en")) {
            ScriptedBrowser.alice().openInBackground(pending.authorizeUri());
            Login login = engine.loginFlow().finish(pending, pending.awaitCallback(Duration.ofSeconds(20)));
            return engine.accounts().save(login, "");
        }
    }
}
