package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.mastokey.demo.FakeMastodonOptions;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.ScriptedBrowser;

/** {@code revoke} (also with the server down), {@code rotate}, {@code verify} of a dead token, app-only tokens. */
class CliRevokeRotateTest extends AgainstFakeServer {

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
    void rotateSavesANewTokenAndRevokesTheOldOne() throws Exception {
        String acct = loginWithBrowser("--scopes", "read write:statuses");
        String oldToken = token(acct);

        Launcher.Result rotate = runSigningIn(ScriptedBrowser.alice(), "rotate", acct, "--browser-command", Launcher.NO_BROWSER,
                "--timeout", "60");

        assertThat(rotate.exitCode()).as(rotate.toString()).isZero();
        String newToken = token(acct);
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(serverStatusOf(newToken)).isEqualTo(200);
        assertThat(serverStatusOf(oldToken)).as("the old token is revoked").isEqualTo(401);
        assertThat(run("list").stdout()).contains("write:statuses");
        assertThat(run("verify", acct).exitCode()).isZero();
    }

    @Test
    void rotateKeepsTheTokenOfAnotherAccountOnTheSameRegistrationRevocable() throws Exception {
        String alice = loginWithBrowser();
        String bob = loginSignedInBy(ScriptedBrowser.bob(), "--force-login");
        assertThat(bob).startsWith(FakeMastodonOptions.OTHER_USERNAME + "@");
        assertThat(server.appCount()).as("both logins share one app registration").isEqualTo(1);
        String aliceOld = token(alice);
        String bobToken = token(bob);

        Launcher.Result rotate = runSigningIn(ScriptedBrowser.alice(), "rotate", alice, "--browser-command", Launcher.NO_BROWSER,
                "--timeout", "60");

        assertThat(rotate.exitCode()).as(rotate.toString()).isZero();
        assertThat(server.appCount()).as("a fresh app for the rotation").isEqualTo(2);
        String aliceNew = token(alice);
        assertThat(aliceNew).isNotEqualTo(aliceOld);
        assertThat(serverStatusOf(aliceNew)).isEqualTo(200);
        assertThat(serverStatusOf(aliceOld)).as("alice's old token is revoked").isEqualTo(401);
        assertThat(serverStatusOf(bobToken)).as("bob's token is untouched").isEqualTo(200);
        assertThat(run("verify", bob).exitCode()).isZero();

        Launcher.Result revokeBob = run("revoke", bob);
        assertThat(revokeBob.exitCode()).as("bob's token can still be revoked: " + revokeBob).isZero();
        assertThat(serverStatusOf(bobToken)).isEqualTo(401);
        assertThat(serverStatusOf(aliceNew)).isEqualTo(200);
        Launcher.Result revokeAlice = run("revoke", alice);
        assertThat(revokeAlice.exitCode()).as(revokeAlice.toString()).isZero();
        assertThat(serverStatusOf(aliceNew)).isEqualTo(401);
    }

    @Test
    void appOnlyTokensAreSavedVerifiedRotatedAndRevoked() throws Exception {
        Launcher.Result login = run("login", "--app-only", "--server", server.baseUri().toString());
        assertThat(login.exitCode()).as(login.toString()).isZero();
        Matcher saved = SAVED.matcher(login.stdout());
        assertThat(saved.find()).isTrue();
        String acct = saved.group(1);
        savedAccounts.add(acct);
        assertThat(acct).isEqualTo("app-only@" + server.domain());
        String token = token(acct);
        assertThat(serverStatusOf(token, "/api/v1/apps/verify_credentials")).isEqualTo(200);
        assertThat(serverStatusOf(token)).as("an app-only token acts for no user").isEqualTo(422);

        Launcher.Result verify = run("verify", acct);
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.stdout()).startsWith("ok: " + acct + " (app-only token of \"Mastokey\")");

        Launcher.Result rotate = run("rotate", acct);
        assertThat(rotate.exitCode()).as(rotate.toString()).isZero();
        String rotated = token(acct);
        assertThat(rotated).isNotEqualTo(token);
        assertThat(serverStatusOf(token, "/api/v1/apps/verify_credentials")).isEqualTo(401);

        Launcher.Result revoke = run("revoke", acct);
        assertThat(revoke.exitCode()).as(revoke.toString()).isZero();
        assertThat(serverStatusOf(rotated, "/api/v1/apps/verify_credentials")).isEqualTo(401);
        assertThat(run("token", acct).exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }
}
