package org.mastokey.keystore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a command with a time limit and collects its output; for {@code secret-tool}, {@code dbus-send}, child JVMs. */
public final class Commands {
    private Commands() {
    }

    public record Result(int exitCode, String stdout, String stderr) {
        /** The value of a {@code name=value} line of stdout, or null. */
        public String field(String name) {
            return stdout.lines().filter(l -> l.startsWith(name + "=")).map(l -> l.substring(name.length() + 1))
                    .findFirst().orElse(null);
        }
    }

    public static Result run(List<String> command, String stdin, Map<String, String> env, long timeoutSeconds) {
        ProcessBuilder builder = new ProcessBuilder(command);
        env.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name); // unset, not empty: DISPLAY="" is not "no display" everywhere
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            Process process = builder.start();
            if (stdin != null) {
                process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            // read while it runs: an output larger than the pipe's buffer (a database export) would block it
            CompletableFuture<String> stdout = readAll(process.getInputStream());
            CompletableFuture<String> stderr = readAll(process.getErrorStream());
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), stdout.join(), stderr.join());
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** On a thread of its own: the common pool may be busy with a test's own waiting task. */
    private static CompletableFuture<String> readAll(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (stream) {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(new UncheckedIOException(e));
            }
        }, "command-output");
        reader.setDaemon(true);
        reader.start();
        return text;
    }

    public static Result run(String... command) {
        return run(List.of(command), null, Map.of(), 20);
    }

    /** {@code secret-tool lookup service S account A}: the secret, or null if there is none. */
    public static String secretToolLookup(String service, String account) {
        Result result = run("secret-tool", "lookup", "service", service, "account", account);
        return result.exitCode() == 0 ? result.stdout() : null;
    }

    public static void secretToolStore(String label, String secret, Map<String, String> attributes) {
        List<String> command = new ArrayList<>(List.of("secret-tool", "store", "--label=" + label));
        attributes.forEach((name, value) -> {
            command.add(name);
            command.add(value);
        });
        Result result = run(command, secret, Map.of(), 20);
        if (result.exitCode() != 0) {
            throw new AssertionError("secret-tool store failed: " + result.stderr());
        }
    }

    /** {@code secret-tool search --all service S account A}: label and attribute lines (secret unlocked). */
    public static Result secretToolSearch(String service, String account) {
        return run("secret-tool", "search", "--all", "service", service, "account", account);
    }
}
