package org.mastokey.ui.accounts;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.mastokey.account.Login;
import org.mastokey.account.PendingLogin;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.Scopes;
import org.mastokey.server.ServerInfo;

/**
 * The wizard's system-browser way, pre-set to a saved account's server and scopes: open the
 * authorize page in the user's browser, wait for the loopback redirect, exchange and verify.
 * Cancelling closes the receiver; a cancelled attempt reports nothing.
 */
final class BrowserSignIn {
    /** How long to wait for the browser to come back, as the wizard does. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final AccountsServices services;
    private PendingLogin pending;
    private Task<?> running;
    private boolean cancelled;

    BrowserSignIn(AccountsServices services) {
        this.services = services;
    }

    /**
     * @param onWaiting   called once the page is being opened in the browser and the wait begins
     * @param onNoBrowser called with the page's address when no browser could be opened (the wait goes on)
     */
    void start(ServerInfo server, Scopes scopes, Runnable onWaiting, Consumer<URI> onNoBrowser,
               Consumer<Login> onLogin, Consumer<Throwable> onFailure) {
        var flow = services.actions().flow();
        running = services.background().run(
                () -> flow.start(server, scopes, AuthorizeMode.LOOPBACK, false, services.language()),
                started -> {
                    if (cancelled) {
                        started.close();
                        return;
                    }
                    pending = started;
                    URI page = started.authorizeUri();
                    onWaiting.run();
                    services.background().run(() -> services.browser().open(page), opened -> {
                        if (!opened && !cancelled) {
                            onNoBrowser.accept(page);
                        }
                    }, e -> onNoBrowser.accept(page));
                    running = services.background().run(() -> flow.finish(started, started.awaitCallback(TIMEOUT)),
                            login -> {
                                pending = null;
                                onLogin.accept(login);
                            },
                            e -> {
                                close();
                                onFailure.accept(e);
                            });
                },
                onFailure);
    }

    void cancel() {
        cancelled = true;
        if (running != null) {
            running.cancel();
        }
        close();
    }

    private void close() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
    }
}
