package org.mastokey.account;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
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

    public LoginFlow(Discovery discovery, AppRegistry apps, TokenClient tokens, AccountVerifier verifier) {
        this.discovery = discovery;
        this.apps = apps;
        this.tokens = tokens;
        this.verifier = verifier;
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
     *
     * @throws OAuthError for {@link CallbackResult.Denied} (error {@code access_denied}) and a foreign state
     * @throws AccountMismatch when another account authorized than the one typed
     */
    public Login finish(PendingLogin pending, CallbackResult result) {
        pending.close();
        AuthorizationRequest request = pending.request();
        if (result instanceof CallbackResult.Denied denied) {
            throw new OAuthError(0, denied.error(), denied.description() == null ? "the authorization was denied" : denied.description());
        }
        CallbackResult.Code code = (CallbackResult.Code) result;
        boolean stateOptional = pending.mode() == AuthorizeMode.OOB;   // Mastodon's OOB page carries no state
        if (code.state() == null ? !stateOptional : !sameState(code.state(), request.state())) {
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
        VerifiedAccount account = verifier.verify(server, token);
        Optional<String> expected = server.expectedAccount();
        if (expected.isPresent() && !expected.get().equalsIgnoreCase(account.acct())) {
            // The token is not revoked: with token reuse it may be one the other account saved earlier.
            throw new AccountMismatch(expected.get(), account.acct());
        }
        return new Login(server, request.app(), token, account);
    }

    /** An app-only token from the client-credentials grant, for reading public data. */
    public AccessToken appOnlyToken(ServerInfo server, Scopes scopes) {
        Capabilities caps = server.capabilities();
        ScopeNegotiation.requireKnown(caps, scopes);
        List<String> registered = caps.multipleRedirects() && caps.loopbackAnyPort()
                ? List.of(LOOPBACK_ANY_PORT, AuthorizationRequests.OOB_REDIRECT) : List.of(AuthorizationRequests.OOB_REDIRECT);
        RegisteredApp app = usableApp(server, registered, scopes);
        try {
            return tokens.clientCredentials(app, scopes);
        } catch (OAuthError e) {
            if (!"invalid_client".equals(e.error())) {
                throw e;
            }
            return tokens.clientCredentials(apps.replace(server, app), scopes);
        }
    }

    public void revoke(RegisteredApp app, Secret token) {
        tokens.revoke(app, token);
    }

    private RegisteredApp usableApp(ServerInfo server, List<String> registered, Scopes scopes) {
        Optional<RegisteredApp> cached = apps.cached(server, registered, scopes);
        if (cached.isEmpty()) {
            return apps.obtain(server, registered, scopes);
        }
        if (server.software().isMastodon() && !tokens.clientStillRegistered(cached.get())) {
            return apps.replace(server, cached.get());
        }
        if (server.software().name().equals("snac")) {
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

    private static boolean sameState(String received, String expected) {
        return MessageDigest.isEqual(received.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
