package org.mastokey.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.mastokey.demo.ScriptedBrowser;

/**
 * Runs {@link Cli#run(String[], CliEnvironment)} in this JVM, on the real keychain (or a double), the
 * way {@code mastokey} would, but without a child JVM. For logins, a browser command that does nothing
 * is given, and the {@link ScriptedBrowser} opens the address the command prints on stderr.
 */
final class InProcessCli {
    /** A browser command that opens nothing; the test's scripted browser does the signing in. */
    static final String NO_BROWSER = "true";

    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private final Map<String, String> variables = new HashMap<>();
    private CliEnvironment.KeychainOpener keychain = OsKeychain::open;

    InProcessCli variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    InProcessCli keychain(CliEnvironment.KeychainOpener opener) {
        this.keychain = opener;
        return this;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, environment(out, err, new CompletableFuture<>()));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A login (or rotate) whose authorization {@code browser} completes as soon as the address is printed. */
    Result runSigningIn(ScriptedBrowser browser, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<URI> address = new CompletableFuture<>();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Cli.run(args, environment(out, err, address)));
        CompletableFuture.anyOf(address, run).get(120, TimeUnit.SECONDS);
        if (address.isDone()) {
            browser.open(address.get());
        }
        int code = run.get(120, TimeUnit.SECONDS);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private CliEnvironment environment(ByteArrayOutputStream out, ByteArrayOutputStream err, CompletableFuture<URI> address) {
        PrintStream errStream = new PrintStream(new LineWatcher(err, address), true, StandardCharsets.UTF_8);
        return new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8), errStream,
                new ByteArrayInputStream(new byte[0]), Map.copyOf(variables), keychain);
    }

    /** Copies stderr and completes {@code address} with the first indented http(s) line, the authorize address. */
    private static final class LineWatcher extends OutputStream {
        private final ByteArrayOutputStream copy;
        private final CompletableFuture<URI> address;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineWatcher(ByteArrayOutputStream copy, CompletableFuture<URI> address) {
            this.copy = copy;
            this.address = address;
        }

        @Override
        public synchronized void write(int b) {
            copy.write(b);
            if (b != '\n') {
                line.write(b);
                return;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (text.startsWith("  http") && !address.isDone()) {
                address.complete(URI.create(text.strip()));
            }
        }
    }
}
