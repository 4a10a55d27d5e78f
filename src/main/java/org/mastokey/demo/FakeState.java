package org.mastokey.demo;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Everything the fake server remembers. All methods are safe to call from several request threads. */
final class FakeState {
    static final Duration CODE_LIFETIME = Duration.ofSeconds(600);
    private static final SecureRandom RANDOM = new SecureRandom();

    final List<FakeUser> users = List.of(FakeUser.ALICE, FakeUser.BOB);
    private final Map<String, FakeApp> apps = new LinkedHashMap<>();
    private final Map<String, FakeGrant> grants = new LinkedHashMap<>();
    private final List<FakeToken> tokens = new ArrayList<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private final List<Instant> registrations = new ArrayList<>();
    private long nextAppId = 563419;
    private volatile Duration clockOffset = Duration.ZERO;

    /** 43 characters of URL-safe base64, like Doorkeeper's {@code SecureRandom.urlsafe_base64(32)}. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    Instant now() {
        return Instant.now().plus(clockOffset);
    }

    void advanceClock(Duration by) {
        clockOffset = clockOffset.plus(by);
    }

    Optional<FakeUser> user(String username) {
        return users.stream().filter(u -> u.username().equalsIgnoreCase(username)).findFirst();
    }

    // --- request log -------------------------------------------------------------------------------

    synchronized void logRequest(String line) {
        requests.add(line);
        notifyAll();
    }

    /** Waits until {@code line} has been logged at least {@code times} times; false on timeout. */
    synchronized boolean awaitRequest(String line, int times, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (requests.stream().filter(line::equals).count() < times) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    synchronized void resetRequests() {
        requests.clear();
    }

    // --- apps ------------------------------------------------------------------------------------------

    synchronized FakeApp registerApp(String name, String website, String redirectUri, List<String> scopes,
                                     String clientId, String clientSecret) {
        FakeApp app = new FakeApp(Long.toString(nextAppId++), name, website, redirectUri, List.copyOf(scopes),
                clientId, clientSecret, now());
        apps.put(app.clientId(), app);
        return app;
    }

    synchronized Optional<FakeApp> app(String clientId) {
        return Optional.ofNullable(clientId == null ? null : apps.get(clientId));
    }

    synchronized List<FakeApp> apps() {
        return List.copyOf(apps.values());
    }

    synchronized int appCount() {
        return apps.size();
    }

    /** Deletes an app with its codes and tokens, as snac does on revoke or an admin on Mastodon. */
    synchronized void deleteApp(String clientId) {
        apps.remove(clientId);
        grants.values().removeIf(g -> g.clientId().equals(clientId));
        tokens.removeIf(t -> t.clientId.equals(clientId));
    }

    synchronized void forgetApps() {
        apps.clear();
        grants.clear();
        tokens.clear();
    }

    /**
     * Counts one registration in the fixed window (aligned to multiples of {@code window}) and returns how
     * many were made in the current window including this one.
     */
    synchronized int countRegistration(Duration window) {
        Instant windowStart = windowStart(window);
        registrations.removeIf(at -> at.isBefore(windowStart));
        registrations.add(now());
        return registrations.size();
    }

    Instant windowStart(Duration window) {
        long seconds = window.toSeconds();
        return Instant.ofEpochSecond(now().getEpochSecond() / seconds * seconds);
    }

    synchronized void resetRateLimits() {
        registrations.clear();
    }

    // --- codes -----------------------------------------------------------------------------------------

    synchronized void addGrant(FakeGrant grant) {
        grants.put(grant.code(), grant);
    }

    /** The grant for a code if it exists and has not expired (expired ones are dropped). */
    synchronized Optional<FakeGrant> liveGrant(String code) {
        FakeGrant grant = code == null ? null : grants.get(code);
        if (grant != null && grant.createdAt().plus(CODE_LIFETIME).isBefore(now())) {
            grants.remove(code);
            grant = null;
        }
        return Optional.ofNullable(grant);
    }

    /** The newest unexpired grant of an app (snac's token endpoint does not look at the code). */
    synchronized Optional<FakeGrant> newestGrantOf(String clientId) {
        FakeGrant newest = null;
        for (FakeGrant g : grants.values()) {
            if (g.clientId().equals(clientId) && !g.createdAt().plus(CODE_LIFETIME).isBefore(now())) {
                newest = g;
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Marks a code used; false when someone else used it first. */
    synchronized boolean consumeGrant(String code) {
        return grants.remove(code) != null;
    }

    // --- tokens ----------------------------------------------------------------------------------------

    /** The live token of this user, app and scope set, or a new one (Doorkeeper's reuse_access_token). */
    synchronized FakeToken tokenFor(String clientId, String username, List<String> scopes, boolean reuse) {
        if (reuse) {
            for (FakeToken t : tokens) {
                if (!t.revoked() && t.sameGrantAs(clientId, username, scopes)) {
                    return t;
                }
            }
        }
        FakeToken token = new FakeToken(randomToken(), clientId, username, scopes, now());
        tokens.add(token);
        return token;
    }

    synchronized boolean hasLiveToken(String clientId, String username, List<String> scopes) {
        return tokens.stream().anyMatch(t -> !t.revoked() && t.sameGrantAs(clientId, username, scopes));
    }

    synchronized Optional<FakeToken> token(String value) {
        return tokens.stream().filter(t -> t.value.equals(value)).findFirst();
    }

    synchronized Optional<FakeToken> tokenByRefreshToken(String refreshToken) {
        return tokens.stream().filter(t -> t.refreshToken.equals(refreshToken)).findFirst();
    }

    synchronized void revokeAllTokens() {
        Instant at = now();
        tokens.forEach(t -> t.revoke(at));
    }

    synchronized int liveTokenCount() {
        return (int) tokens.stream().filter(t -> !t.revoked()).count();
    }

    // --- browser sessions -------------------------------------------------------------------------------

    Session newSession() {
        Session session = new Session(randomToken(), randomToken());
        sessions.put(session.id, session);
        return session;
    }

    Optional<Session> session(String id) {
        return Optional.ofNullable(id == null ? null : sessions.get(id));
    }

    void endAllSessions() {
        sessions.clear();
    }
}
