package org.mastokey.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.net.DaemonThreads;

/**
 * Runs the command line the way a script runs {@code mastokey}: by default in this JVM through
 * {@link Cli#run(String[], CliEnvironment)} with its own streams, environment and the real OS keychain
 * (what {@code Main} does, less the process start), or another keychain ({@link #keychain}); with
 * {@link #childJvm()}, the real launcher ({@code org.mastokey.Main}) in a child JVM on this test's class
 * path, for what only a process shows (class loading, the process environment the native keychain
 * library reads, exit codes of the JVM, signals).
 */
final class Launcher {
    static final String MAIN = "org.mastokey.Main";
    /** A browser command that opens nothing; the test's scripted browser does the signing in. */
    static final String NO_BROWSER = "true";

    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private String stdin = "";
    private Duration timeout = Duration.ofSeconds(60);
    private boolean childJvm;
    private CliEnvironment.KeychainOpener keychain = OsKeychain::open;

    static Launcher mastokey() {
        return new Launcher();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test class path (surefire's real one, not its manifest-only booter jar). */
    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** A shell-ready command that runs {@code mainClass} on the test class path. */
    static String javaCommand(String mainClass) {
        return "'" + java() + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '" + classPath() + "' " + mainClass;
    }

    /** Runs the real launcher in a child JVM instead of in this one. */
    Launcher childJvm() {
        this.childJvm = true;
        return this;
    }

    Launcher jvmOption(String option) {
        jvmOptions.add(option);
        return childJvm();
    }

    Launcher env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Launcher stdin(String text) {
        this.stdin = text;
        return this;
    }

    Launcher timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** The keychain the command opens, in place of the OS keychain (in this JVM only). */
    Launcher keychain(CliEnvironment.KeychainOpener opener) {
        this.keychain = opener;
        return this;
    }

    Result run(String... args) {
        if (!childJvm) {
            InProcess command = new InProcess(args);
            command.answer(stdin);
            return command.finish();
        }
        ProcessBuilder builder = builder(args);
        try {
            Process process = builder.start();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the command may exit before reading its input
            }
            return finish(process, out, err, args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A login (or rotate) with {@code --browser-command} {@link #NO_BROWSER}: {@code browser} opens the
     * authorization address as soon as the command prints it. A command that ends before printing one
     * (a refused server) is simply finished.
     */
    Result runSigningIn(ScriptedBrowser browser, String... args) throws IOException, InterruptedException {
        Conversation login = start(args);
        login.answer("");
        Optional<String> address = login.stderrLine(line -> line.startsWith("  http"));
        if (address.isPresent()) {
            browser.open(URI.create(address.get().strip()));
        }
        return login.finish();
    }

    /** Starts the command for a conversation: read its stderr line by line, then answer on stdin. */
    Conversation start(String... args) {
        if (!childJvm) {
            return new InProcess(args);
        }
        try {
            Process process = builder(args).start();
            return new Running(process, drain(process.getInputStream()), args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command under way: read its stderr line by line, answer on stdin, then collect the result. */
    interface Conversation {
        /** Reads stderr until a line matches; returns that line, or nothing if stderr ended first. */
        Optional<String> stderrLine(Predicate<String> wanted) throws IOException;

        /** What stderr has shown so far. */
        String stderrSoFar();

        /** Reads stderr until a line matches; returns that line. */
        default String awaitStderrLine(Predicate<String> wanted) throws IOException {
            return stderrLine(wanted).orElseThrow(() -> new AssertionError("stderr ended without the expected line:\n" + stderrSoFar()));
        }

        /** Writes one line to stdin and closes it. */
        void answer(String line) throws IOException;

        Result finish();
    }

    /** The command line on a thread of this JVM: stdin a pipe, stderr readable line by line as it comes. */
    final class InProcess implements Conversation {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final PipedOutputStream stdinWriter = new PipedOutputStream();
        private final StderrLines err = new StderrLines();
        private final CompletableFuture<Integer> exit;
        private final String[] args;

        private InProcess(String[] args) {
            this.args = args;
            try {
                PipedInputStream in = new PipedInputStream(stdinWriter, 1 << 16);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
                PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                Map<String, String> variables = new HashMap<>(System.getenv());
                variables.remove("BROWSER");
                variables.remove("DISPLAY");
                variables.putAll(environment);
                CliEnvironment env = new CliEnvironment(outStream, errStream, in, Map.copyOf(variables), keychain);
                exit = CompletableFuture.supplyAsync(() -> {
                    try {
                        return Cli.run(args, env);
                    } finally {
                        outStream.flush();
                        errStream.close();
                    }
                }, runnable -> DaemonThreads.start(runnable, "mastokey-cli-under-test"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<String> stderrLine(Predicate<String> wanted) {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (String line; (line = err.nextLine(deadline, this::timedOut)) != null; ) {
                if (wanted.test(line)) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
        }

        @Override
        public String stderrSoFar() {
            return err.text();
        }

        @Override
        public void answer(String line) {
            try (stdinWriter) {
                stdinWriter.write((line.isEmpty() || line.endsWith("\n") ? line : line + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the command may finish before reading its input
            }
        }

        @Override
        public Result finish() {
            try {
                int code = exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return new Result(code, out.toString(StandardCharsets.UTF_8), err.text());
            } catch (TimeoutException e) {
                throw timedOut();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } catch (ExecutionException e) {
                throw new AssertionError("mastokey " + String.join(" ", args) + " threw", e.getCause());
            }
        }

        private AssertionError timedOut() {
            return new AssertionError("mastokey " + String.join(" ", args) + " did not finish within " + timeout
                    + "\n--- stdout\n" + out.toString(StandardCharsets.UTF_8) + "--- stderr\n" + err.text());
        }
    }

    /** stderr of a command in this JVM: all of it kept, handed out line by line as it arrives. */
    private static final class StderrLines extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int handedOut;
        private boolean closed;

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

        @Override
        public synchronized void close() {
            closed = true;
            notifyAll();
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        /** The next line; null once the command closed stderr and every line was handed out. */
        synchronized String nextLine(long deadlineNanos, Supplier<AssertionError> late) {
            while (true) {
                byte[] all = bytes.toByteArray();
                for (int i = handedOut; i < all.length; i++) {
                    if (all[i] == '\n') {
                        return take(all, i, i + 1);
                    }
                }
                if (closed) {
                    return handedOut < all.length ? take(all, all.length, all.length) : null;
                }
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    throw late.get();
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }

        private String take(byte[] all, int end, int next) {
            String line = new String(all, handedOut, end - handedOut, StandardCharsets.UTF_8);
            handedOut = next;
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }
    }

    final class Running implements Conversation {
        private final Process process;
        private final CompletableFuture<String> out;
        private final BufferedReader errLines;
        private final StringBuilder errSeen = new StringBuilder();
        private final String[] args;

        private Running(Process process, CompletableFuture<String> out, String[] args) {
            this.process = process;
            this.out = out;
            this.errLines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
            this.args = args;
        }

        @Override
        public Optional<String> stderrLine(Predicate<String> wanted) throws IOException {
            String line;
            while ((line = errLines.readLine()) != null) {
                errSeen.append(line).append('\n');
                if (wanted.test(line)) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
        }

        @Override
        public String stderrSoFar() {
            return errSeen.toString();
        }

        /** Sends a signal (TERM, INT, ...) to the launcher's process, as a supervisor or {@code kill} would. */
        void signal(String name) throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new AssertionError("kill -" + name + " failed");
            }
        }

        @Override
        public void answer(String line) throws IOException {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.close();
        }

        @Override
        public Result finish() {
            CompletableFuture<String> rest = CompletableFuture.supplyAsync(() -> {
                StringBuilder text = new StringBuilder();
                try {
                    char[] buffer = new char[4096];
                    for (int n; (n = errLines.read(buffer)) >= 0; ) {
                        text.append(buffer, 0, n);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return text.toString();
            });
            Result result = Launcher.this.finish(process, out, rest, args);
            return new Result(result.exitCode(), result.stdout(), errSeen + result.stderr());
        }
    }

    private Result finish(Process process, CompletableFuture<String> out, CompletableFuture<String> err, String[] args) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("mastokey " + String.join(" ", args) + " did not finish within " + timeout
                        + "\n--- stdout\n" + out.getNow("") + "--- stderr\n" + err.getNow(""));
            }
            return new Result(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(MAIN);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("BROWSER");
        builder.environment().remove("DISPLAY");
        builder.environment().putAll(environment);
        return builder;
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                stream.transferTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
