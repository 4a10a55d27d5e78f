package org.mastokey.account;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.mastokey.net.ServiceException;
import org.mastokey.net.AccountMismatch;
import org.mastokey.net.OAuthError;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizationRequest;
import org.mastokey.oauth.AuthorizationRequests;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.oauth.LoopbackReceiver;
import org.mastokey.oauth.Pkce;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.ScopeNegotiation;
import org.mastokey.oauth.Scopes;
import org.mastokey.net.Secret;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Capabilities;
import org.mastokey.server.Discovery;
import org.mastokey.server.Quirk;
import org.mastokey.server.ServerAddress;
import org.mastokey.server.ServerInfo;

/**
 * The whole engine behind both faces (wizard and command line), as plain blocking calls:
 * discover → start (register or reuse app, PKCE + state, receiver) → finish (state check, exchange,
 * verify, handle check). Holds no per-login state, so one instance serves any number of threads.
 *
 * <p>A cached app the server has forgotten ({@code invalid_client}) is caught at {@link #start}: on
 * Mastodon a side-effect-free probe checks the cached credentials before the browser is sent to a
 * page that would fail after sign-in, and a new app is registered. Should it still happen at
 * {@link #finish}, the app is replaced there and the {@link OAuthError} asks to authorize again.
 */
public final class LoginFlow {
    /** Registered without a port: Mastodon matches any port on a loopback IP literal. */
    public static final String LOOPBACK_ANY_PORT = "http://127.0.0.1" + LoopbackReceiver.PATH;
    private static final int FIXED_PORT_ATTEMPTS = 5;

    private final Discovery discovery;
    private final AppRegistry apps;
    private final TokenClient tokens;
    private final AccountVerifier verifier;
    private final SavedAccounts saved;
    private final AppOnlyGrant appOnly;

    /** {@code discovery}'s {@link ServerMemory} also keeps what the token endpoint tells about app-only tokens. */
    public LoginFlow(Discovery discovery, AppRegistry apps, TokenClient tokens, AccountVerifier verifier) {
        this(discovery, apps, tokens, verifier, null);
    }

    /** @param saved where to look before revoking a token, in case the server handed out a saved one again; may be null */
    public LoginFlow(Discovery discovery, AppRegistry apps, TokenClient tokens, AccountVerifier verifier, SavedAccounts saved) {
        this.discovery = discovery;
        this.apps = apps;
        this.tokens = tokens;
        this.verifier = verifier;
        this.saved = saved;
        this.appOnly = new AppOnlyGrant(apps, tokens, discovery.memory());
    }

    /** Parses what the user typed and discovers the server. */
    public ServerInfo discover(String typed) {
        return discovery.discover(ServerAddress.parse(typed));
    }

    /** The scopes {@link #start} will request for this choice (adds what confirming the account needs). */
    public Scopes scopesFor(ServerInfo server, Scopes chosen) {
        return ScopeNegotiation.forLogin(server.capabilities(), chosen);
    }

    /** Registers (or reuses) the app, builds the authorize URL and, for LOOPBACK, starts the receiver. */
    public PendingLogin start(ServerInfo server, Scopes scopes, AuthorizeMode mode, boolean forceLogin, String lang) {
        Scopes requested = scopesFor(server, scopes);
        Capabilities caps = server.capabilities();
        ScopeNegotiation.requireKnown(caps, requested);
        String state = AuthorizationRequests.newState();
        Pkce pkce = caps.pkceS256() ? Pkce.generate() : null;
        LoopbackReceiver receiver = null;
        try {
            String redirectUri;
            List<String> registered;
            if (mode == AuthorizeMode.OOB) {
                redirectUri = AuthorizationRequests.OOB_REDIRECT;
                registered = caps.multipleRedirects() && caps.loopbackAnyPort()
                        ? List.of(LOOPBACK_ANY_PORT, AuthorizationRequests.OOB_REDIRECT) : List.of(redirectUri);
            } else if (caps.loopbackAnyPort()) {
                receiver = LoopbackReceiver.start(0, state);
                redirectUri = receiver.redirectUri();
                registered = caps.multipleRedirects()
                        ? List.of(LOOPBACK_ANY_PORT, AuthorizationRequests.OOB_REDIRECT) : List.of(LOOPBACK_ANY_PORT);
            } else {
                receiver = receiverOnFixedPort(server, requested, state);
                redirectUri = receiver.redirectUri();
                registered = List.of(redirectUri);
            }
            RegisteredApp app = usableApp(server, registered, requested);
            AuthorizationRequest request = AuthorizationRequests.create(server.apiBase(), app, redirectUri, requested, state,
                    pkce, forceLogin, lang);
            return new PendingLogin(server, mode, request, receiver);
        } catch (RuntimeException e) {
            if (receiver != null) {
                receiver.close();
            }
            throw e;
        }
    }

    /**
     * Checks the state, exchanges the code, verifies the account and compares it with the handle typed.
     * Once the server has issued a token, a failure revokes it ({@link #discard}) before it propagates.
     *
     * @throws OAuthError for {@link CallbackResult.Denied} (error {@code access_denied}) and a foreign state
     * @throws TokenNotKept when the check after the exchange failed (its cause), e.g. an {@link AccountMismatch}
     *                      when another account authorized than the one typed
     */
    public Login finish(PendingLogin pending, CallbackResult result) {
        pending.close();
        AuthorizationRequest request = pending.request();
        if (result instanceof CallbackResult.Denied denied) {
            String description = denied.description() == null || denied.description().isBlank()
                    ? "the authorization was denied" : denied.description();
            throw new OAuthError(0, denied.error(), description);
        }
        CallbackResult.Code code = (CallbackResult.Code) result;
        boolean stateOptional = pending.mode() == AuthorizeMode.OOB;   // Mastodon's OOB page carries no state
        if (code.state() == null ? !stateOptional : !Secret.equalInConstantTime(code.state(), request.state())) {
            throw new OAuthError(0, "invalid_state", "the answer does not belong to this authorization attempt");
        }
        ServerInfo server = pending.server();
        AccessToken token;
        try {
            token = tokens.exchange(request, code.code());
        } catch (OAuthError e) {
            if ("invalid_client".equals(e.error())) {
                apps.replace(server, request.app());
            }
            throw e;
        }
        try {
            VerifiedAccount account = verifier.verify(server, token);
            Optional<String> expected = server.expectedAccount();
            if (expected.isPresent() && !expected.get().equalsIgnoreCase(account.acct())) {
                throw new AccountMismatch(expected.get(), account.acct());
            }
            return new Login(server, request.app(), token, account);
        } catch (RuntimeException e) {
            throw new TokenNotKept(e, discard(server, request.app(), token.value()));
        }
    }

    /**
     * Settles a token Mastokey will not keep: left alone when the very same token is saved for an
     * account of this server (a server that reuses tokens handed it out again), else revoked; when the
     * revocation fails (a timeout, say), asks the server whether the token still works. Never throws.
     * Runs even when the calling thread was interrupted (a cancel), which it then stays.
     */
    public Revocation discard(ServerInfo server, RegisteredApp app, Secret token) {
        boolean interrupted = Thread.interrupted();
        String host = server.origin().authority();
        try {
            Optional<String> savedAs = saved == null ? Optional.empty() : saved.accountHolding(server.origin(), token);
            if (savedAs.isPresent()) {
                return new Revocation(Revocation.State.KEPT_SAVED, host, savedAs.get(), Optional.empty());
            }
            try {
                tokens.revoke(app, token);
                return new Revocation(Revocation.State.REVOKED, host, null, Optional.empty());
            } catch (ServiceException | CancellationException failed) {
                ServiceException why = failed instanceof ServiceException s ? s : null;
                try {
                    boolean works = verifier.stillAccepted(server.apiBase(), token);
                    return new Revocation(works ? Revocation.State.STILL_VALID : Revocation.State.REVOKED, host, null,
                            Optional.ofNullable(why));
                } catch (ServiceException | CancellationException unknown) {
                    return new Revocation(Revocation.State.UNCONFIRMED, host, null, Optional.ofNullable(why));
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A picture a server named (its thumbnail, an avatar), fetched by the API's rules (https, caps, no cookies). */
    public Optional<byte[]> picture(URI uri) {
        return discovery.picture(uri);
    }

    /** An app-only token from the client-credentials grant, for reading public data. */
    public AccessToken appOnlyToken(ServerInfo server, Scopes scopes) {
        return appOnlyLogin(server, scopes).token();
    }

    /**
     * An app-only token with its registration, saved like an account under {@code app-only@DOMAIN}.
     *
     * @throws org.mastokey.net.NoAppOnlyTokens where the server has no client-credentials grant
     */
    public Login appOnlyLogin(ServerInfo server, Scopes scopes) {
        return appOnly.obtain(server, scopes, (s, registered) -> usableApp(s, registered, scopes));
    }

    /** Whether an account name stands for an app-only token ({@link #appOnlyLogin}). */
    public static boolean isAppOnly(String acct) {
        return acct.startsWith(AppOnlyGrant.USER + "@");
    }

    public void revoke(RegisteredApp app, Secret token) {
        tokens.revoke(app, token);
    }

    private RegisteredApp usableApp(ServerInfo server, List<String> registered, Scopes scopes) {
        Optional<RegisteredApp> cached = apps.cached(server, registered, scopes);
        if (cached.isEmpty()) {
            return apps.obtain(server, registered, scopes);
        }
        if (server.capabilities().has(Quirk.HARMLESS_CLIENT_PROBE) && !tokens.clientStillRegistered(cached.get())) {
            return apps.replace(server, cached.get());
        }
        if (server.capabilities().has(Quirk.REVOKE_DELETES_APP)) {
            // snac deletes the app together with any token revoked for it and has no harmless way to ask
            // whether a client still exists: a cached app would end on an error page after sign-in.
            return apps.replace(server, cached.get());
        }
        return cached.get();
    }

    /**
     * Servers that compare redirect URIs exactly need the port at registration. The port is derived
     * from the server and scopes, so the next login finds the same registration; a busy port moves on
     * to the next candidate (and a registration of its own).
     */
    private static LoopbackReceiver receiverOnFixedPort(ServerInfo server, Scopes scopes, String state) {
        int seed = Math.floorMod((server.apiBase() + " " + scopes.asParameter()).hashCode(), 10_000);
        UncheckedIOException last = null;
        for (int attempt = 0; attempt < FIXED_PORT_ATTEMPTS; attempt++) {
            int port = 49_152 + Math.floorMod(seed + attempt * 1_777, 16_000);
            try {
                return LoopbackReceiver.start(port, state);
            } catch (UncheckedIOException busy) {
                last = busy;
            }
        }
        throw last;
    }
}
