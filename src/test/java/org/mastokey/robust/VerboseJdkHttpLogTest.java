package org.mastokey.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Turn on -Djdk.httpclient.HttpClient.log=all" is the usual advice for debugging Java HTTP; it makes the
 * JDK log every request header, Authorization included. A whole login in a child JVM with that switch
 * on must still leave no token, client secret, code or verifier in its output.
 */
class VerboseJdkHttpLogTest {

    @Test
    void theJdkHttpDebugLogShowsHeadersButNoSecret(@TempDir Path dir) throws Exception {
        Path secretsFile = dir.resolve("secrets.txt");
        Path output = dir.resolve("child-output.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Djdk.httpclient.HttpClient.log=all",
                "-Duser.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                VerboseJdkHttpLogProbe.class.getName(), secretsFile.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the child ended in time").isTrue();
        assertThat(child.exitValue()).as("child output:%n%s", log.length() > 3000 ? log.substring(log.length() - 3000) : log).isZero();

        List<String> secrets = Files.readAllLines(secretsFile, StandardCharsets.UTF_8);
        assertThat(secrets).hasSize(4).allSatisfy(secret -> assertThat(secret).hasSizeGreaterThan(8));
        assertThat(log).as("the JDK's header log was on").containsIgnoringCase("authorization").contains("/oauth/token");
        for (int i = 0; i < secrets.size(); i++) {
            assertThat(log.contains(secrets.get(i))).as("secret #%d (token, client secret, code, verifier) in the JDK log", i + 1)
                    .isFalse();
        }
    }
}
