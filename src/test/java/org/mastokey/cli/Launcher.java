package org.mastokey.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real launcher ({@code org.mastokey.Main}) in a child JVM with this test's class path,
 * the way a script would run {@code mastokey}.
 */
final class Launcher {
    static final String MAIN = "org.mastokey.Main";

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
        return "'" + java() + "' -cp '" + classPath() + "' " + mainClass;
    }

    Launcher jvmOption(String option) {
        jvmOptions.add(option);
        return this;
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

    Result run(String... args) {
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

    /** Starts the command for a conversation: read its stderr line by line, then answer on stdin. */
    Running start(String... args) {
        try {
            Process process = builder(args).start();
            return new Running(process, drain(process.getInputStream()), args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    final class Running {
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

        /** Reads stderr until a line matches; returns that line. */
        String awaitStderrLine(java.util.function.Predicate<String> wanted) throws IOException {
            String line;
            while ((line = errLines.readLine()) != null) {
                errSeen.append(line).append('\n');
                if (wanted.test(line)) {
                    return line;
                }
            }
            throw new AssertionError("stderr ended without the expected line:\n" + errSeen);
        }

        void answer(String line) throws IOException {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.close();
        }

        Result finish() {
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
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
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
