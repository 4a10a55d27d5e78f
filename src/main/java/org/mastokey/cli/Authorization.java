package org.mastokey.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mastokey.account.Login;
import org.mastokey.account.LoginFlow;
import org.mastokey.account.PendingLogin;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.net.DaemonThreads;
import org.mastokey.net.RequestTimeout;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.oauth.Scopes;
import org.mastokey.net.Secret;
import org.mastokey.server.ServerInfo;

/**
 * One authorization on the command line, shared by {@code login} and {@code rotate}: start it, get
 * the code through the browser and the loopback receiver or from stdin, and finish it (exchange and
 * verify). Talks to the person on stderr only.
 */
final class Authorization {
    private final CommandContext context;
    private final AuthorizeOptions options;

    Authorization(CommandContext context, AuthorizeOptions options) {
        this.context = context;
        this.options = options;
    }

    Login run(ServerInfo server, Scopes scopes) throws KeystoreException, InterruptedException {
        Duration timeout = options.timeout();
        LoginFlow flow = context.engine().loginFlow();
        try (PendingLogin pending = flow.start(server, scopes, options.authorizeMode(), options.forceLogin,
                Locale.getDefault().toLanguageTag())) {
            CallbackResult result = pending.mode() == AuthorizeMode.LOOPBACK
                    ? viaBrowser(pending, timeout)
                    : viaPastedCode(pending.authorizeUri(), timeout);
            return flow.finish(pending, result);
        }
    }

    private CallbackResult viaBrowser(PendingLogin pending, Duration timeout) throws InterruptedException {
        PrintStream err = context.env().err();
        BrowserProcess browser = BrowserProcess.choose(options.browserCommand, context.env().variable("BROWSER"));
        err.println("Opening the authorization page of " + pending.server().address().displayName()
                + " with " + browser.describe() + ".");
        err.println("If no browser opens, visit this address yourself:");
        err.println("  " + pending.authorizeUri());
        try {
            browser.open(pending.authorizeUri()).onExit().thenAccept(process -> {
                if (process.exitValue() != 0) {
                    err.println("mastokey: the browser command exited with code " + process.exitValue()
                            + "; still waiting for the authorization.");
                }
            });
        } catch (IOException e) {
            err.println("mastokey: could not start " + browser.describe() + "; open the address above yourself.");
        }
        err.println("Waiting up to " + timeout.toSeconds() + " s for the authorization (Ctrl+C cancels)...");
        AtomicBoolean asked = new AtomicBoolean();
        pending.onUnmatchedDenial(denied -> {
            if (asked.getAndSet(true)) {
                return;
            }
            err.println("mastokey: " + pending.server().address().displayName() + " reported that access was denied ("
                    + (denied.description() == null ? denied.error() : denied.description()) + "), but its answer does not"
                    + " name this sign-in, so it may belong to another one. Press Enter to stop waiting, or approve again"
                    + " in the browser and Mastokey goes on waiting.");
            endOnEnter(pending);
        });
        try {
            return pending.awaitCallback(timeout);
        } catch (RequestTimeout e) {
            throw new CliFailure(ExitCode.CANCELLED, "No authorization arrived within " + timeout.toSeconds()
                    + " s; nothing was saved. Try again, or use --oob to paste the code instead.", e);
        }
    }

    /** A line on stdin (not its end: scripts may have none) ends the wait with the denial. */
    private void endOnEnter(PendingLogin pending) {
        DaemonThreads.start(() -> {
            try {
                if (new BufferedReader(new InputStreamReader(context.env().in(), StandardCharsets.UTF_8)).readLine() != null) {
                    pending.endWithUnmatchedDenial();
                }
            } catch (IOException ignored) {
                // no usable stdin: the wait goes on until the timeout or Ctrl+C
            }
        }, "mastokey-denial-prompt");
    }

    private CallbackResult viaPastedCode(URI authorizeUri, Duration timeout) throws InterruptedException {
        PrintStream err = context.env().err();
        err.println("Open this address in a browser, sign in and authorize Mastokey:");
        err.println("  " + authorizeUri);
        err.print("Then paste the code the server shows: ");
        err.flush();
        String code = readCode(timeout);
        if (code == null || code.isBlank()) {
            throw new CliFailure(ExitCode.CANCELLED, "No authorization code was entered; nothing was saved.");
        }
        return new CallbackResult.Code(Secret.of(code.strip()), null);
    }

    /** Reads one line (hidden when a terminal is attached), giving up after the timeout. */
    private String readCode(Duration timeout) throws InterruptedException {
        Console console = System.console();
        boolean fromTerminal = console != null && context.env().in() == System.in;
        CompletableFuture<String> line = new CompletableFuture<>();
        DaemonThreads.start(() -> {
            try {
                if (fromTerminal) {
                    char[] typed = console.readPassword();
                    line.complete(typed == null ? null : new String(typed));
                } else {
                    line.complete(new BufferedReader(new InputStreamReader(context.env().in(), StandardCharsets.UTF_8)).readLine());
                }
            } catch (IOException | RuntimeException e) {
                line.completeExceptionally(e);
            }
        }, "mastokey-code-reader");
        try {
            return line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CliFailure(ExitCode.CANCELLED, "No authorization code was entered within " + timeout.toSeconds()
                    + " s; nothing was saved.");
        } catch (ExecutionException e) {
            throw new CliFailure(ExitCode.CANCELLED, "Could not read the authorization code from stdin; nothing was saved.");
        }
    }
}
