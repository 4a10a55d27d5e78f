package org.mastokey.account;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.mastokey.oauth.AuthorizationRequest;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.oauth.LoopbackReceiver;
import org.mastokey.server.ServerInfo;

/** A started authorization: open {@link #authorizeUri()}, then wait for or paste the code. */
public final class PendingLogin implements AutoCloseable {
    private final ServerInfo server;
    private final AuthorizeMode mode;
    private final AuthorizationRequest request;
    private final LoopbackReceiver receiver;

    public PendingLogin(ServerInfo server, AuthorizeMode mode, AuthorizationRequest request, LoopbackReceiver receiver) {
        this.server = server;
        this.mode = mode;
        this.request = request;
        this.receiver = receiver;
    }

    public ServerInfo server() {
        return server;
    }

    public AuthorizeMode mode() {
        return mode;
    }

    public AuthorizationRequest request() {
        return request;
    }

    public URI authorizeUri() {
        return request.authorizeUri();
    }

    /** The redirect URI the WebView must intercept before it loads. */
    public String redirectUri() {
        return request.redirectUri();
    }

    public Optional<LoopbackReceiver> receiver() {
        return Optional.ofNullable(receiver);
    }

    /** Waits on the loopback receiver (LOOPBACK mode only). */
    public CallbackResult awaitCallback(Duration timeout) throws InterruptedException {
        if (receiver == null) {
            throw new IllegalStateException("no loopback receiver in " + mode + " mode");
        }
        return receiver.await(timeout);
    }

    /**
     * Tells {@code listener} when the server reports a denial that carries no state (LOOPBACK mode only);
     * {@link #endWithUnmatchedDenial()} then ends the wait with it, or the wait simply goes on.
     */
    public void onUnmatchedDenial(Consumer<CallbackResult.Denied> listener) {
        if (receiver != null) {
            receiver.onUnmatchedDenial(listener);
        }
    }

    /** Ends a waiting {@link #awaitCallback} with the unmatched denial; false when there is none. */
    public boolean endWithUnmatchedDenial() {
        return receiver != null && receiver.acceptUnmatchedDenial();
    }

    @Override
    public void close() {
        if (receiver != null) {
            receiver.close();
        }
    }
}
