package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code exec} and {@code run}: the token reaches the child's environment and no other process's. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class CliExecTest extends AgainstFakeServer {
    private static final String PRINT_ENVIRONMENT =
            "printf '%s\\n%s\\n%s\\n' \"$MASTODON_ACCESS_TOKEN\" \"$MASTODON_API_BASE_URL\" \"$MASTODON_ACCOUNT\"";

    @TempDir
    Path dir;

    @Test
    void execGivesTheCommandTheTokenBaseUrlAndAccount() {
        String acct = loginWithBrowser();
        String token = token(acct);

        Launcher.Result exec = run("exec", acct, "--", "sh", "-c", PRINT_ENVIRONMENT);

        assertThat(exec.exitCode()).as(exec.toString()).isZero();
        assertThat(exec.stdout().lines()).containsExactly(token, server.baseUri().toString(), acct);
    }

    @Test
    void theTokenIsOnNoCommandLineAndInNoOtherProcesssEnvironment() throws Exception {
        String acct = loginWithBrowser();
        String token = token(acct);

        Launcher.Conversation exec = Launcher.mastokey().timeout(Duration.ofSeconds(60))
                .start("exec", acct, "--", "sh", "-c", "echo started >&2; read answer; echo \"$answer\"");
        exec.awaitStderrLine(line -> line.equals("started"));
        List<String> holders = processesHolding(token);
        exec.answer("done");
        Launcher.Result result = exec.finish();
        results.add(result);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(holders).as("processes whose command line or environment holds the token")
                .hasSize(1).allMatch(holder -> holder.startsWith("environ of sh "));
    }

    @Test
    void theCommandsExitCodeIsPassedThroughAndTheVariableCanBeRenamed() {
        String acct = loginWithBrowser();
        String token = token(acct);

        Launcher.Result failed = run("exec", acct, "--", "sh", "-c", "exit 42");
        Launcher.Result renamed = run("exec", "--env-name", "MASTODON_TOKEN", acct, "--", "sh", "-c",
                "printf '%s|%s\\n' \"$MASTODON_TOKEN\" \"${MASTODON_ACCESS_TOKEN:-unset}\"");

        assertThat(failed.exitCode()).isEqualTo(42);
        assertThat(renamed.exitCode()).as(renamed.toString()).isZero();
        assertThat(renamed.stdout().strip()).isEqualTo(token + "|unset");
    }

    @Test
    void nothingStartsForAnUnknownAccountOrATokenTheServerNoLongerAccepts() {
        String acct = loginWithBrowser();
        token(acct);
        Path ran = dir.resolve("ran");
        String touch = "touch '" + ran + "'";

        Launcher.Result unknown = run("exec", "nobody@" + server.baseUri().getHost(), "--", "sh", "-c", touch);
        server.revokeAllTokens();
        Launcher.Result unverified = run("exec", "--verify", acct, "--", "sh", "-c", touch);
        Launcher.Result unchecked = run("exec", acct, "--", "sh", "-c", "true");

        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unverified.exitCode()).as(unverified.toString()).isEqualTo(ExitCode.REFUSED);
        assertThat(unverified.stderr()).contains("no longer accepts the token of " + acct);
        assertThat(ran).as("the command never started").doesNotExist();
        assertThat(unchecked.exitCode()).as("without --verify the command runs").isZero();
    }

    @Test
    void aSignalToMastokeyReachesTheCommand() throws Exception {
        String acct = loginWithBrowser();
        token(acct);

        for (String signal : List.of("TERM", "INT")) {
            Launcher.Running exec = (Launcher.Running) Launcher.mastokey().childJvm().timeout(Duration.ofSeconds(60))
                    .start("exec", acct, "--", "sh", "-c",
                            "trap 'echo got-" + signal + " >&2; exit 42' " + signal + "; echo ready >&2; while :; do sleep 0.05; done");
            exec.awaitStderrLine(line -> line.equals("ready"));
            exec.signal(signal);
            Launcher.Result result = exec.finish();
            results.add(result);

            assertThat(result.exitCode()).as(signal + ": " + result).isEqualTo(42);
            assertThat(result.stderr()).contains("got-" + signal);
        }
    }

    @Test
    void runResolvesReferencesAndPassesPlainLinesThrough() throws IOException {
        String acct = loginWithBrowser();
        String token = token(acct);
        Path env = dir.resolve(".env");
        Files.writeString(env, String.join("\n",
                "# safe to commit: no secret in here",
                "MASTODON_ACCESS_TOKEN=mastokey://" + acct,
                "export MASTODON_API_BASE_URL=\"mastokey://" + acct + "/base-url\"",
                "BOT_NAME='weather bot'",
                ""), StandardCharsets.UTF_8);

        Launcher.Result result = run("run", "--env-file", env.toString(), "--", "sh", "-c",
                "printf '%s\\n%s\\n%s\\n' \"$MASTODON_ACCESS_TOKEN\" \"$MASTODON_API_BASE_URL\" \"$BOT_NAME\"");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout().lines()).containsExactly(token, server.baseUri().toString(), "weather bot");
    }

    @Test
    void runStopsAtAReferenceItCannotResolveAndNamesTheLine() throws IOException {
        Path env = dir.resolve(".env");
        Path ran = dir.resolve("ran");
        Files.writeString(env, "A=1\nMASTODON_ACCESS_TOKEN=mastokey://nobody@" + server.baseUri().getHost() + "\n");

        Launcher.Result result = run("run", "--env-file", env.toString(), "--", "sh", "-c", "touch '" + ran + "'");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(result.stderr()).contains(env + " line 2 (MASTODON_ACCESS_TOKEN)", "No saved token for nobody@");
        assertThat(ran).doesNotExist();
    }

    @Test
    void mastodonPyUsesTheTokenThroughExec() {
        String acct = loginWithBrowser();
        token(acct);
        String script = String.join("\n",
                "import os",
                "from mastodon import Mastodon",
                "api = Mastodon(access_token=os.environ['MASTODON_ACCESS_TOKEN'],",
                "               api_base_url=os.environ['MASTODON_API_BASE_URL'], version_check_mode='none')",
                "print(api.account_verify_credentials()['acct'])");

        Launcher.Result result = run("exec", acct, "--", "/usr/bin/python3", "-c", script);

        assertThat(result.exitCode()).as("Debian's python3-mastodon must be installed (.ci/run does): " + result).isZero();
        assertThat(result.stdout().strip()).isEqualTo(acct.substring(0, acct.indexOf('@')));
    }

    /** "cmdline of PROG PID" / "environ of PROG PID" for every process whose command line or environment holds it. */
    private static List<String> processesHolding(String secret) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        List<String> holders = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                for (String part : List.of("cmdline", "environ")) {
                    try {
                        if (contains(Files.readAllBytes(proc.resolve(part)), needle)) {
                            String program = Files.readString(proc.resolve("comm")).strip();
                            holders.add(part + " of " + program + " " + proc.getFileName());
                        }
                    } catch (IOException gone) {
                        // the process ended, or it is not ours to read
                    }
                }
            }
        }
        return holders;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
