package org.mastokey.keystore.libsecret;

import com.sun.jna.Pointer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mastokey.keystore.Attributes;
import org.mastokey.keystore.KeychainKind;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.TimeLimit;
import org.mastokey.net.Secret;

/**
 * The Secret Service (GNOME Keyring, KeePassXC, KWallet's bridge) through libsecret, default
 * collection. Items carry the attributes {@code service} and {@code account} and no schema, exactly
 * like {@code secret-tool store --label=... service S account A}, so either tool reads the other's.
 *
 * <p>Every call runs on the process's one libsecret thread ({@link LibsecretRuntime}) and gets a
 * {@code GCancellable} that a timer cancels at the limit; the caller stops waiting shortly after even
 * if libsecret ignores the cancel. Any number of stores may exist. Locked items are never unlocked here:
 * the call fails with {@code LOCKED} instead of opening (or, without a display, hanging on) a prompt.
 */
public final class LibsecretStore implements SecretStore {
    /** @param status limit for {@link #availability()}; @param call limit for read/write/delete/list */
    public record Timeouts(Duration status, Duration call) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(10));
    }

    private static final Duration GRACE = Duration.ofMillis(500);
    /** What KeePassXC adds to every item it shows (its entry fields, read-only path and id); never ours. */
    private static final Set<String> KEEPASSXC_FIELDS =
            Set.of("Title", "UserName", "URL", "Notes", "Path", "Uuid", "TOTP");
    private static final String BACKEND = LibsecretErrors.BACKEND;

    private final Timeouts timeouts;
    private final boolean mayPrompt;
    private final org.mastokey.keystore.ApprovalWait approvalWait;
    private final TimeLimit timeLimit = LibsecretRuntime.timeLimit(BACKEND);

    public LibsecretStore() {
        this(Timeouts.DEFAULT);
    }

    public LibsecretStore(Timeouts timeouts) {
        this(timeouts, false, org.mastokey.keystore.ApprovalWait.NONE);
    }

    /** The program last seen answering for the Secret Service on this session bus (one per process). */
    private static volatile Provider answering;

    private LibsecretStore(Timeouts timeouts, boolean mayPrompt, org.mastokey.keystore.ApprovalWait approvalWait) {
        this.timeouts = timeouts;
        this.mayPrompt = mayPrompt;
        this.approvalWait = approvalWait;
    }

    @Override
    public String backendName() {
        return BACKEND;
    }

    @Override
    public KeychainKind kind() {
        Provider provider = answering;
        return provider == null ? KeychainKind.SECRET_SERVICE : provider.kind;
    }

    /**
     * The same keyring, but an item awaiting the person's approval brings up the provider's dialog.
     * {@code patience} bounds every call of this store, the dialog's answer included.
     */
    @Override
    public SecretStore allowingPrompts(Duration patience, org.mastokey.keystore.ApprovalWait wait) {
        return new LibsecretStore(new Timeouts(timeouts.status(), patience), true, wait);
    }

    @Override
    public Availability availability() {
        try {
            return operation("checking the keyring", timeouts.status(), c -> c.withDefaultCollection("checking the keyring",
                    (service, collection) -> {
                        answering = c.provider();
                        return collection.locked()
                                ? new Availability(Status.LOCKED, c.locked().getMessage())
                                : new Availability(Status.AVAILABLE, "Tokens are saved in " + c.provider().displayName
                                        + " (" + BACKEND + ").");
                    }));
        } catch (KeystoreException e) {
            return new Availability(e.reason() == KeystoreException.Reason.LOCKED ? Status.LOCKED : Status.UNAVAILABLE,
                    e.getMessage());
        }
    }

    @Override
    public boolean unlock(Duration patience) throws KeystoreException {
        if (availability().status() == Status.AVAILABLE) {
            return true;
        }
        String action = "unlocking the keyring";
        return call(action, patience, c -> c.withDefaultCollection(action,
                (service, collection) -> c.unlock(service, List.of(collection.proxy()), action)));
    }

    @Override
    public Optional<StoredSecret> read(SecretKey key) throws KeystoreException {
        String action = "reading " + key.account();
        return withAccess(action, keyAttributes(key), LibSecret.SECRET_SEARCH_LOAD_SECRETS, (c, collection, items) -> {
            if (items.isEmpty()) {
                return Optional.empty();
            }
            Pointer item = items.stream().filter(i -> !c.locked(i)).findFirst().orElseThrow(c::locked);
            String secret = c.secret(item, action);
            return Optional.of(new StoredSecret(key, secret, ours(c.attributes(item))));
        });
    }

    @Override
    public void write(SecretKey key, String label, Secret secret, Map<String, String> attributes) throws KeystoreException {
        String action = "saving " + key.account();
        withAccess(action, keyAttributes(key), 0, (c, collection, earlier) -> {
            c.create(collection, Attributes.forItem(key, attributes), label, secret.reveal(), action);
            return c.deleteAll(earlier, true, action);
        });
    }

    @Override
    public boolean delete(SecretKey key) throws KeystoreException {
        String action = "deleting " + key.account();
        return withAccess(action, keyAttributes(key), 0, (c, collection, items) -> c.deleteAll(items, false, action) > 0);
    }

    /**
     * While the default collection is locked, only what it shows of its locked items (GNOME Keyring and
     * KWallet show their attributes; KeePassXC shows nothing, and nothing must not read as "none saved").
     */
    @Override
    public List<StoredItem> list(String service) throws KeystoreException {
        String action = "listing saved items";
        Map<String, String> match = Map.of(SERVICE_ATTRIBUTE, service);
        return operation(action, c -> c.withDefaultCollection(action, (bus, collection) -> {
            if (!collection.locked()) {
                return c.withItems(bus, action, match, 0, items -> storedItems(c, service, items));
            }
            List<StoredItem> visible = c.withItemsIn(collection, action, match, items -> storedItems(c, service, items));
            if (visible.isEmpty()) {
                throw c.locked();
            }
            return visible;
        }));
    }

    /** Checks the keyring is unlocked and every item of the services readable, asking approval where prompts may show. */
    @Override
    public void checkReadyToSave(List<String> services) throws KeystoreException {
        for (String service : services) {
            withAccess("checking the saved items", Map.of(SERVICE_ATTRIBUTE, service), 0, (c, collection, items) -> null);
        }
    }

    private static List<StoredItem> storedItems(SecretServiceCalls c, String service, List<Pointer> items) {
        List<StoredItem> result = new ArrayList<>();
        for (Pointer item : items) {
            Map<String, String> attributes = c.attributes(item);
            String account = attributes.get(ACCOUNT_ATTRIBUTE);
            if (account != null && !account.isBlank()) {
                result.add(new StoredItem(new SecretKey(service, account), c.label(item), ours(attributes)));
            }
        }
        result.sort(Comparator.comparing(i -> i.key().account()));
        return result;
    }

    private static Map<String, String> ours(Map<String, String> attributes) {
        Map<String, String> result = new HashMap<>(attributes);
        result.keySet().removeAll(KEEPASSXC_FIELDS);
        return Attributes.withoutKeyAttributes(result);
    }

    @FunctionalInterface
    private interface AccessBody<T> {
        T run(SecretServiceCalls calls, SecretServiceCalls.Collection collection, List<Pointer> items) throws KeystoreException;
    }

    /**
     * Runs {@code body} on the items matching {@code match}, once the default collection is known to be
     * unlocked (checked before searching: KeePassXC's search would otherwise hide a locked database or
     * open its unlock dialog) and no item of it is waiting for the person's approval (KeePassXC shows such
     * items as locked in an unlocked database). Where prompts may show, the approval is asked for instead;
     * unlocking stays with {@link #unlock}, which the person asks for.
     */
    private <T> T withAccess(String action, Map<String, String> match, int flags, AccessBody<T> body) throws KeystoreException {
        return operation(action, c -> c.withDefaultCollection(action, (service, collection) -> {
            if (collection.locked()) {
                throw c.locked();
            }
            return c.withItems(service, action, match, flags, items -> {
                List<Pointer> waiting = items.stream().filter(i -> c.awaitingApproval(i, collection)).toList();
                if (waiting.isEmpty()) {
                    return body.run(c, collection, items);
                }
                if (!(mayPrompt && askApproval(c, service, waiting, action))) {
                    throw KeystoreException.needsApproval(c.provider().displayName, action);
                }
                // fresh proxies: the ones found before the approval still say "locked"
                return c.withItems(service, action, match, flags, approved -> body.run(c, collection, approved));
            });
        }));
    }

    private boolean askApproval(SecretServiceCalls c, Pointer service, List<Pointer> waiting, String action)
            throws KeystoreException {
        approvalWait.asking(c.provider().displayName);
        try {
            return c.unlock(service, waiting, action);
        } finally {
            approvalWait.over();
        }
    }

    // --- plumbing ---

    @FunctionalInterface
    private interface Body<T> {
        T run(SecretServiceCalls calls) throws KeystoreException;
    }

    private static Map<String, String> keyAttributes(SecretKey key) {
        return Map.of(SERVICE_ATTRIBUTE, key.service(), ACCOUNT_ATTRIBUTE, key.account());
    }

    private static LibSecret.Loaded library() throws KeystoreException {
        try {
            return LibsecretRuntime.loaded();
        } catch (UnsatisfiedLinkError e) {
            throw KeystoreException.unavailable(BACKEND, "libsecret is not installed (on Debian/Ubuntu:"
                    + " apt install libsecret-1-0).");
        }
    }

    /** One retry on a fresh connection: the keyring daemon may have restarted since the last call. */
    private <T> T operation(String action, Body<T> body) throws KeystoreException {
        return operation(action, timeouts.call(), body);
    }

    private <T> T operation(String action, Duration limit, Body<T> body) throws KeystoreException {
        try {
            return call(action, limit, body);
        } catch (KeystoreException e) {
            if (e.reason() == KeystoreException.Reason.TIMEOUT) {
                // the abandoned call may have left the shared connection waiting; the next call starts afresh
                LibsecretRuntime.disconnectLater();
            }
            if (!LibsecretErrors.worthReconnecting(e)) {
                throw e;
            }
            return call(action, limit, calls -> {
                calls.disconnect();
                return body.run(calls);
            });
        }
    }

    /** Runs {@code body} on libsecret's thread; its native cancel fires at {@code limit}, the caller gives up a little later. */
    private <T> T call(String action, Duration limit, Body<T> body) throws KeystoreException {
        LibSecret api = library().api();
        GlibValues glib = LibsecretRuntime.glib();
        return timeLimit.run(action, limit.plus(GRACE), () -> {
            try (NativeCancel cancel = NativeCancel.after(api, limit)) {
                return body.run(new SecretServiceCalls(api, glib, cancel.cancellable(), limit));
            }
        });
    }
}
