package org.mastokey.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SessionOnlyStore;

/**
 * The command line run inside the test's JVM ({@link Cli#run(String[], CliEnvironment)}): real HTTP, a
 * session-only keychain shared by every command of one test, stdin a pipe the test writes to, stderr
 * readable while the command still runs.
 */
final class SessionKeychainCli {
    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    /** A command under way: its stderr so far, a way to type a line, and its end. */
    final class Running {
        private final CompletableFuture<Result> done;
        private final WatchedStream err;
        private final PipedOutputStream typing;

        private Running(CompletableFuture<Result> done, WatchedStream err, PipedOutputStream typing) {
            this.done = done;
            this.err = err;
            this.typing = typing;
        }

        /** Waits until stderr contains {@code text} (or the command ended); returns stderr so far. */
        String awaitStderr(String text, Duration timeout) throws InterruptedException {
            return err.await(text, timeout, done);
        }

        void typeLine(String line) throws IOException {
            typing.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            typing.flush();
        }

        Result result(Duration timeout) throws Exception {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private final SecretStore store = new SessionOnlyStore();

    SecretStore store() {
        return store;
    }

    Result run(String... args) throws Exception {
        return start(args).result(Duration.ofSeconds(90));
    }

    Running start(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WatchedStream err = new WatchedStream();
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream in;
        try {
            in = new PipedInputStream(typing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CliEnvironment env = new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), in, Map.of(), () -> store);
        CompletableFuture<Result> done = CompletableFuture.supplyAsync(() -> {
            int code = Cli.run(args, env);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.text());
        });
        return new Running(done, err, typing);
    }

    /** An output stream whose text can be waited for. */
    private static final class WatchedStream extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            notifyAll();
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        synchronized String await(String wanted, Duration timeout, CompletableFuture<?> ended) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!text().contains(wanted) && !ended.isDone()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                wait(Math.max(1, Math.min(left / 1_000_000, 200)));
            }
            return text();
        }
    }
}
