package org.mastokey.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.mastokey.net.DaemonThreads;

/**
 * Starts the user's command with secrets in its environment only (never on a command line, never in a
 * file), waits for it and returns its exit status. The command gets the terminal's standard streams;
 * when the command line itself runs on other streams (tests, a caller that captured them), the child's
 * output is copied to those. Termination signals sent to Mastokey are passed on to the child, so that
 * a supervisor stopping {@code mastokey exec} stops the command.
 */
final class ChildCommand {
    private ChildCommand() {
    }

    /**
     * @return the command's exit code; 128 + N when a signal N ended it, as a shell reports it
     */
    static int run(List<String> command, Map<String, String> addedEnvironment, CliEnvironment env) {
        if (command.isEmpty()) {
            throw new CliFailure(ExitCode.USAGE, "No command to run: put it after --, e.g. mastokey exec ACCOUNT -- toot whoami");
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(addedEnvironment);
        boolean ownStreams = env.out() == System.out && env.err() == System.err && env.in() == System.in;
        if (ownStreams) {
            builder.inheritIO();
        }
        // At a terminal, Ctrl+C reaches the child through the shared process group already.
        boolean atTerminal = ownStreams && System.console() != null;
        try (SignalRelay relay = SignalRelay.install(atTerminal)) {
            Process process = start(builder, command);
            relay.attach(process);
            return ownStreams ? awaitExit(process) : pumpAndAwaitExit(process, env);
        }
    }

    private static Process start(ProcessBuilder builder, List<String> command) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, "Could not start \"" + command.get(0) + "\": "
                    + reason(e) + ". Check the command's name and that it is on the PATH.");
        }
    }

    private static int awaitExit(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            return ExitCode.CANCELLED;
        }
    }

    private static int pumpAndAwaitExit(Process process, CliEnvironment env) {
        Thread in = pump(env.in(), process.getOutputStream(), true);
        Thread out = pump(process.getInputStream(), env.out(), false);
        Thread err = pump(process.getErrorStream(), env.err(), false);
        int status = awaitExit(process);
        try {
            out.join();
            err.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        in.interrupt();
        return status;
    }

    private static String reason(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int cause = message.lastIndexOf("error=");
        return cause >= 0 ? message.substring(cause).replaceFirst("^error=\\d+, ", "") : "it could not be run";
    }

    private static Thread pump(InputStream from, OutputStream to, boolean closeTarget) {
        return DaemonThreads.start(() -> {
            try {
                from.transferTo(to);
                to.flush();
            } catch (IOException ignored) {
                // the other side went away: the command ended or closed its input
            } finally {
                if (closeTarget) {
                    try {
                        to.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            }
        }, "mastokey-child-stream");
    }
}
