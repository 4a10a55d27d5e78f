package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mastokey.demo.HostileMastodon;

/**
 * Odd but well-formed answers end in a typed failure with its documented exit code and a sentence for a
 * person, never in "This is a bug" (exit 1), and a debug trace never shows the token.
 */
class HostileTypedErrorsTest extends AgainstHostileServer {
    private static final String BUG = "This is a bug";

    @ParameterizedTest
    @ValueSource(strings = {"tok\u0007en\u001b[2J", "tok\u2603en", "tok\nen", "tok\u00ffen"})
    void aTokenWithControlOrNonLatin1CharactersIsATypedFailureAndTheDebugTraceHidesIt(String disguise) throws Exception {
        hostile.issueTokensAs(real -> disguise);

        Launcher.Result login = login(cli().env("MASTOKEY_DEBUG", "1"), org.mastokey.demo.ScriptedBrowser.alice(),
                hostile.baseUri().toString());

        assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCode.SERVER_ERROR);
        assertThat(login.stderr()).doesNotContain(BUG).doesNotContain(disguise)
                .doesNotContain(disguise.substring(0, 4) + disguise.substring(5, 6));
        assertThat(login.stdout()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999", "-99999999999999999", "9223372036854775807", "+1000000000-01-01T00:00Z"})
    void aRateLimitResetBeyondTimeIsATypedRateLimit(String reset) throws Exception {
        hostile.on("POST /api/v1/apps", new HostileMastodon.Rule() {
            @Override
            public boolean forward() {
                return false;
            }

            @Override
            public void answer(HostileMastodon.Answer answer) {
                answer.status = 429;
                answer.header("Content-Type", "application/json");
                answer.header("X-RateLimit-Reset", reset);
                answer.body = "{\"error\":\"Too many requests\"}";
            }
        });

        Launcher.Result login = login(hostile.baseUri().toString());

        assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCode.SERVER_ERROR);
        assertThat(login.stderr()).doesNotContain(BUG).contains("is rate-limiting requests");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000000000", "9223372036854775807", "-9223372036854775808", "1e308",
            "\"+999999999-12-31T23:59:59Z\""})
    void aCreatedAtBeyondTimeStillSavesTheToken(String createdAt) throws Exception {
        hostile.on("POST /oauth/token", new HostileMastodon.Rule() {
            @Override
            public void answer(HostileMastodon.Answer answer) {
                answer.body = answer.body.replaceFirst("\"created_at\":[^,}]*", "\"created_at\":" + createdAt.replace("$", "\\$"));
            }
        });

        Launcher.Result login = login(hostile.baseUri().toString());

        assertThat(login.exitCode()).as(login.toString()).isZero();
        String acct = savedAcct(login);
        assertThat(cli().run("list").stdout()).contains(acct);
        assertThat(cli().run("verify", acct).exitCode()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "99999999999999999999", "0", "-5", "86401"})
    void aTimeoutOutOfRangeIsAUsageErrorBeforeAnythingStarts(String timeout) {
        Launcher.Result login = cli().run("login", "--server", hostile.baseUri().toString(), "--browser",
                "--browser-command", Launcher.NO_BROWSER, "--timeout", timeout);

        assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(login.stderr()).contains("--timeout").doesNotContain(BUG);
        assertThat(hostile.requests()).as("nothing reached the server").isEmpty();
    }

    @Test
    void aRedirectToAFileIsNamedAndNotFollowed() throws Exception {
        HostileMastodon.Rule toAFile = new HostileMastodon.Rule() {
            @Override
            public boolean forward() {
                return false;
            }

            @Override
            public void answer(HostileMastodon.Answer answer) {
                answer.status = 302;
                answer.header("Location", "file:///etc/passwd");
            }
        };
        hostile.on("GET /api/v2/instance", toAFile).on("GET /api/v1/instance", toAFile).on("GET /.well-known/nodeinfo", toAFile);

        Launcher.Result login = login(hostile.baseUri().toString());

        assertThat(login.exitCode()).as(login.toString()).isIn(ExitCode.SERVER_ERROR, ExitCode.REFUSED);
        assertThat(login.stderr()).contains("file:").doesNotContain("null").doesNotContain(BUG).doesNotContain("root:");
    }
}
