package org.mastokey.keystore.macos;

import com.sun.jna.platform.mac.CoreFoundation;
import com.sun.jna.platform.mac.CoreFoundation.CFArrayRef;
import com.sun.jna.platform.mac.CoreFoundation.CFDictionaryRef;
import com.sun.jna.platform.mac.CoreFoundation.CFStringRef;
import com.sun.jna.platform.mac.CoreFoundation.CFTypeRef;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.mastokey.keystore.AttributeText;
import org.mastokey.keystore.Attributes;
import org.mastokey.keystore.ApprovalWait;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.TimeLimit;
import org.mastokey.net.Secret;

/**
 * The macOS login keychain through Security.framework: generic passwords with kSecAttrService =
 * service, kSecAttrAccount = account, kSecAttrLabel = label, kSecAttrGeneric = URL-encoded
 * attributes (the same items {@code security add-generic-password -s S -a A} makes).
 *
 * <p>An item trusts the code signature of the build that wrote it; another build (an update without a
 * stable signing identity) makes macOS ask "Mastokey wants to use your confidential information…".
 * Every call therefore first runs with dialogs switched off; what happens when macOS wants to ask
 * is the {@link Prompting} of the store.
 *
 * <p>Compiled and unit-tested on Linux; its contract test runs on the workflow's macOS runners.
 */
public final class MacKeychainStore implements SecretStore {
    static final String BACKEND = KeychainStatus.BACKEND;
    /**
     * Item calls run here, one at a time, in every store of the process: a dialog never stacks on
     * another, and the process-wide interaction switch is only flipped on this thread.
     */
    private static final ExecutorService KEYCHAIN_THREAD = TimeLimit.singleThread("mastokey-macos-keychain");
    private static final Duration WITHOUT_DIALOG = Duration.ofSeconds(10);
    private static final Duration FOR_AN_ANSWER = Duration.ofMinutes(10);

    private final Prompting prompting;
    private final ApprovalWait approvalWait;
    private final TimeLimit itemCalls = new TimeLimit(BACKEND, KEYCHAIN_THREAD);
    private final TimeLimit statusCalls = new TimeLimit(BACKEND);
    private SecurityFramework security;
    private SecurityFramework.Constants k;

    public MacKeychainStore() {
        this(Prompting.ASK_AND_WAIT, () -> { });
    }

    /** @param whenMacOsAsks called (off the caller's thread) just before macOS shows its access dialog */
    public MacKeychainStore(Prompting prompting, Runnable whenMacOsAsks) {
        this(prompting, new ApprovalWait() {
            @Override
            public void asking(String provider) {
                whenMacOsAsks.run();
            }

            @Override
            public void over() {
            }
        });
    }

    /** @param approvalWait told (off the caller's thread) before macOS shows its access dialog and once it is answered */
    public MacKeychainStore(Prompting prompting, ApprovalWait approvalWait) {
        this.prompting = prompting;
        this.approvalWait = approvalWait;
    }

    @Override
    public String backendName() {
        return BACKEND;
    }

    @Override
    public org.mastokey.keystore.KeychainKind kind() {
        return org.mastokey.keystore.KeychainKind.MACOS_KEYCHAIN;
    }

    @Override
    public Availability availability() {
        try {
            boolean unlocked = statusCalls.run("checking the keychain", Duration.ofSeconds(3), this::unlocked);
            return unlocked ? new Availability(Status.AVAILABLE, "Tokens are saved in your " + BACKEND + ".")
                    : new Availability(Status.LOCKED, KeystoreException.locked("keychain", KeychainStatus.HOW_TO_UNLOCK)
                    .getMessage());
        } catch (KeystoreException e) {
            return new Availability(Status.UNAVAILABLE, e.getMessage());
        }
    }

    @Override
    public boolean unlock(Duration patience) throws KeystoreException {
        if (prompting == Prompting.NEVER_ASK) {
            return statusCalls.run("checking the keychain", patience, this::unlocked);
        }
        return itemCalls.run("unlocking the keychain", patience, () -> {
            if (unlocked()) {
                return true;
            }
            PointerByReference keychain = new PointerByReference();
            check(security.SecKeychainCopyDefault(keychain), "unlocking the keychain");
            try {
                interaction(true);
                int status = security.SecKeychainUnlock(keychain.getValue(), 0, null, false);
                return status == SecurityFramework.ERR_SEC_SUCCESS && unlocked();
            } finally {
                CoreFoundation.INSTANCE.CFRelease(new CFTypeRef(keychain.getValue()));
            }
        });
    }

    @Override
    public Optional<StoredSecret> read(SecretKey key) throws KeystoreException {
        String action = "reading " + key.account();
        return run(action, mayAsk -> {
            try (CfQuery query = item(key)) {
                query.put(k.returnData(), k.booleanTrue()).put(k.returnAttributes(), k.booleanTrue())
                        .put(k.matchLimit(), k.matchLimitOne());
                PointerByReference result = new PointerByReference();
                int status = security.SecItemCopyMatching(withoutDialog(query, mayAsk).dictionary, result);
                if (status == SecurityFramework.ERR_SEC_ITEM_NOT_FOUND) {
                    return Optional.empty();
                }
                check(status, action);
                CFDictionaryRef found = new CFDictionaryRef(result.getValue());
                try {
                    byte[] secret = CfQuery.bytes(found.getValue(k.valueData()));
                    String text = new String(secret, StandardCharsets.UTF_8);
                    Arrays.fill(secret, (byte) 0);
                    return Optional.of(new StoredSecret(key, text, attributes(found)));
                } finally {
                    found.release();
                }
            }
        });
    }

    @Override
    public void write(SecretKey key, String label, Secret secret, Map<String, String> attributes) throws KeystoreException {
        String action = "saving " + key.account();
        byte[] encoded = AttributeText.encode(Attributes.withoutKeyAttributes(attributes)).getBytes(StandardCharsets.UTF_8);
        run(action, mayAsk -> {
            byte[] secretBytes = secret.reveal().getBytes(StandardCharsets.UTF_8);
            try (CfQuery query = item(key); CfQuery changes = new CfQuery(k); CfQuery added = item(key)) {
                changes.putString(k.label(), label).putData(k.generic(), encoded).putData(k.valueData(), secretBytes);
                added.putString(k.label(), label).putData(k.generic(), encoded).putData(k.valueData(), secretBytes);
                int status = KeychainStatus.updateOrAdd(() -> security.SecItemUpdate(query.dictionary, changes.dictionary),
                        () -> security.SecItemAdd(added.dictionary, null));
                check(status, action);
                return status;
            } finally {
                Arrays.fill(secretBytes, (byte) 0);
            }
        });
    }

    @Override
    public boolean delete(SecretKey key) throws KeystoreException {
        String action = "deleting " + key.account();
        return run(action, mayAsk -> {
            try (CfQuery query = item(key)) {
                int status = security.SecItemDelete(query.dictionary);
                if (status == SecurityFramework.ERR_SEC_ITEM_NOT_FOUND) {
                    return false;
                }
                check(status, action);
                return true;
            }
        });
    }

    @Override
    public List<StoredItem> list(String service) throws KeystoreException {
        String action = "listing saved items";
        return run(action, mayAsk -> {
            try (CfQuery query = new CfQuery(k)) {
                query.put(k.secClass(), k.classGenericPassword()).putString(k.service(), service)
                        .put(k.returnAttributes(), k.booleanTrue()).put(k.matchLimit(), k.matchLimitAll());
                PointerByReference result = new PointerByReference();
                int status = security.SecItemCopyMatching(withoutDialog(query, mayAsk).dictionary, result);
                if (status == SecurityFramework.ERR_SEC_ITEM_NOT_FOUND) {
                    return List.of();
                }
                check(status, action);
                CFArrayRef array = new CFArrayRef(result.getValue());
                try {
                    List<StoredItem> items = new ArrayList<>();
                    for (int i = 0; i < array.getCount(); i++) {
                        CFDictionaryRef found = new CFDictionaryRef(array.getValueAtIndex(i));
                        String account = CfQuery.string(found.getValue(k.account()));
                        if (account != null && !account.isBlank()) {
                            String label = CfQuery.string(found.getValue(k.label()));
                            items.add(new StoredItem(new SecretKey(service, account), label == null ? "" : label,
                                    attributes(found)));
                        }
                    }
                    items.sort(Comparator.comparing(item -> item.key().account()));
                    return items;
                } finally {
                    array.release();
                }
            }
        });
    }

    // --- plumbing ---

    /** One keychain operation; {@code mayAsk} says whether macOS may show a dialog during it. */
    @FunctionalInterface
    private interface Attempt<T> {
        T run(boolean mayAsk) throws KeystoreException;
    }

    /**
     * Fails fast on a locked keychain, tries without a dialog, and, when macOS wants to ask and this
     * store may let it, tells the listener and tries again with the dialog, waiting for the answer.
     */
    private <T> T run(String action, Attempt<T> attempt) throws KeystoreException {
        try {
            return itemCalls.run(action, WITHOUT_DIALOG, () -> {
                requireUnlocked();
                interaction(false);
                return attempt.run(false);
            });
        } catch (KeystoreException e) {
            if (!KeychainStatus.askAndRetry(e, prompting)) {
                throw e;
            }
        }
        return itemCalls.run(action, FOR_AN_ANSWER, () -> {
            approvalWait.asking("macOS");
            try {
                interaction(true);
                return attempt.run(true);
            } finally {
                approvalWait.over();
            }
        });
    }

    private void interaction(boolean allowed) {
        load();
        security.SecKeychainSetUserInteractionAllowed((byte) (allowed && prompting == Prompting.ASK_AND_WAIT ? 1 : 0));
    }

    /** For the data-protection keychain, which ignores the process-wide switch. */
    private CfQuery withoutDialog(CfQuery query, boolean mayAsk) {
        return mayAsk ? query : query.put(k.useAuthenticationUi(), k.authenticationUiFail());
    }

    private synchronized void load() {
        if (security == null) {
            security = SecurityFramework.load(); // LinkageError off macOS: TimeLimit reports UNAVAILABLE
            k = SecurityFramework.Constants.load();
        }
    }

    private boolean unlocked() throws KeystoreException {
        load();
        PointerByReference keychain = new PointerByReference();
        int status = security.SecKeychainCopyDefault(keychain);
        if (status != SecurityFramework.ERR_SEC_SUCCESS) {
            throw KeystoreException.unavailable(BACKEND, "there is no default keychain (" + message(status)
                    + "). Open Keychain Access and create or choose a default keychain.");
        }
        try {
            IntByReference state = new IntByReference();
            check(security.SecKeychainGetStatus(keychain.getValue(), state), "checking the keychain");
            return (state.getValue() & SecurityFramework.UNLOCK_STATE_STATUS) != 0;
        } finally {
            CoreFoundation.INSTANCE.CFRelease(new CFTypeRef(keychain.getValue()));
        }
    }

    /** Fails fast instead of letting macOS show an unlock dialog. */
    private void requireUnlocked() throws KeystoreException {
        if (!unlocked()) {
            throw KeystoreException.locked("keychain", KeychainStatus.HOW_TO_UNLOCK);
        }
    }

    private CfQuery item(SecretKey key) {
        return new CfQuery(k).put(k.secClass(), k.classGenericPassword()).putString(k.service(), key.service())
                .putString(k.account(), key.account());
    }

    private Map<String, String> attributes(CFDictionaryRef found) {
        byte[] generic = CfQuery.bytes(found.getValue(k.generic()));
        return Attributes.withoutKeyAttributes(AttributeText.decode(new String(generic, StandardCharsets.UTF_8)));
    }

    private void check(int status, String action) throws KeystoreException {
        if (status != SecurityFramework.ERR_SEC_SUCCESS) {
            throw KeychainStatus.failure(status, action, message(status), prompting)
                    .orElseThrow(() -> new IllegalStateException("OSStatus " + status));
        }
    }

    private String message(int status) {
        CFStringRef text = security.SecCopyErrorMessageString(status, null);
        if (text == null) {
            return "OSStatus " + status;
        }
        try {
            return text.stringValue() + " (OSStatus " + status + ")";
        } finally {
            text.release();
        }
    }
}
