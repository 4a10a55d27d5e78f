package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.SecretStore;
import org.mastokey.net.Secret;

/**
 * What {@code token} prints goes into shells ({@code export $(…)}, {@code eval "$(…)"}) and .env files:
 * a server's token with shell syntax is refused at the exchange and revoked, a saved one is never
 * printed, and the {@code --env} lines mean the same to every reader or are not printed at all.
 */
class HostileShellTest extends AgainstHostileServer {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"abc BASH_ENV=$(touch${IFS}pwned)", "abc PATH=./evil LD_PRELOAD=./x.so *", "abc\u00e9", "a\"b"})
    void aTokenOutsideTheTokenCharactersIsRefusedAtTheExchangeAndRevoked(String disguise) throws Exception {
        hostile.issueTokensAs(real -> disguise);

        Launcher.Result login = login(hostile.baseUri().toString());

        assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCode.SERVER_ERROR);
        assertThat(login.stderr()).contains("revoked on the server", "Nothing was saved").doesNotContain(disguise);
        assertThat(login.stdout()).isEmpty();
        assertThat(hostile.requests("POST /oauth/revoke")).anySatisfy(r -> assertThat(r.formField("token")).isEqualTo(disguise));
        assertThat(hostile.fake().tokenCount()).isZero();
        assertThat(cli().run("list", "-q").stdout()).doesNotContain(hostile.domain());
    }

    @Test
    void aSavedTokenOutsideTheTokenCharactersIsNeverPrinted() throws Exception {
        String acct = "alice@" + hostile.domain();
        OsKeychain.open().write(new SecretStore.SecretKey(SecretStore.TOKEN_SERVICE, acct), "planted", Secret.of("abc $(id) \u001b[2J"),
                Map.of("server", hostile.baseUri().toString()));

        for (String[] args : new String[][]{{"token", acct}, {"token", "--env", acct}}) {
            Launcher.Result token = cli().run(args);
            assertThat(token.exitCode()).as(token.toString()).isEqualTo(ExitCode.REFUSED);
            assertThat(token.stdout()).isEmpty();
            assertThat(token.stderr()).contains("does not print it").doesNotContain("$(id)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{real}", "~root/{real}", "{real}~x+y/z==", "+{real}"})
    void envLinesMeanTheSameToExportEvalAndDotenvOrAreNotPrinted(String disguise) throws Exception {
        hostile.issueTokensAs(real -> disguise.replace("{real}", real));
        String acct = savedAcct(login(hostile.baseUri().toString()));
        String token = token(acct);

        Launcher.Result env = cli().run("token", "--env", acct);

        if (env.exitCode() == ExitCode.REFUSED) {
            assertThat(token).startsWith("~");
            assertThat(env.stdout()).isEmpty();
            return;
        }
        assertThat(env.exitCode()).as(env.toString()).isZero();
        Path lines = Files.writeString(dir.resolve("env"), env.stdout());
        String expected = token + "\n" + hostile.baseUri() + "\n";
        String print = "; printf '%s\\n%s\\n' \"$MASTODON_ACCESS_TOKEN\" \"$MASTODON_API_BASE_URL\"";
        assertThat(bash("cd '" + dir + "' && touch MASTODON_ACCESS_TOKEN=x && export $(cat env)" + print)).isEqualTo(expected);
        assertThat(bash("eval \"$(cat '" + lines + "')\"" + print)).isEqualTo(expected);
        assertThat(bash("set -a; . '" + lines + "'" + print)).as("as a .env file sourced by a shell").isEqualTo(expected);
        for (String line : env.stdout().lines().toList()) {
            assertThat(line).as("dotenv: NAME=value, nothing to unquote").matches("[A-Z_]+=[^'\"\\s#$`\\\\]+");
        }
    }

    @Test
    void theBaseUrlPrintedIsTheOriginNotWhatTheItemSays() throws Exception {
        String acct = "alice@" + hostile.domain();
        OsKeychain.open().write(new SecretStore.SecretKey(SecretStore.TOKEN_SERVICE, acct), "planted", Secret.of("AAAA-bbbb"),
                Map.of("server", hostile.baseUri() + "/x$(touch)pwned;*?q=1#f"));

        Launcher.Result env = cli().run("token", "--env", acct);

        assertThat(env.exitCode()).as(env.toString()).isZero();
        assertThat(env.stdout().lines()).containsExactly("MASTODON_ACCESS_TOKEN=AAAA-bbbb", "MASTODON_API_BASE_URL=" + hostile.baseUri());
    }

    private String bash(String script) throws Exception {
        Process process = new ProcessBuilder(List.of("bash", "-c", script)).redirectErrorStream(true).start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
