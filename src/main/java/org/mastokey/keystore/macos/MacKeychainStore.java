package org.mastokey.keystore.macos;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.platform.mac.CoreFoundation;
import com.sun.jna.platform.mac.CoreFoundation.CFArrayRef;
import com.sun.jna.platform.mac.CoreFoundation.CFDataRef;
import com.sun.jna.platform.mac.CoreFoundation.CFDictionaryRef;
import com.sun.jna.platform.mac.CoreFoundation.CFIndex;
import com.sun.jna.platform.mac.CoreFoundation.CFMutableDictionaryRef;
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
import org.mastokey.keystore.AttributeText;
import org.mastokey.keystore.Attributes;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.TimeLimit;

/**
 * The macOS login keychain through Security.framework: generic passwords with kSecAttrService =
 * service, kSecAttrAccount = account, kSecAttrLabel = label, kSecAttrGeneric = URL-encoded
 * attributes (the same items {@code security add-generic-password -s S -a A} makes).
 * Compiled here (Linux); not yet run on macOS.
 */
public final class MacKeychainStore implements SecretStore {
    static final String BACKEND = "macOS Keychain";
    private static final String HOW_TO_UNLOCK = "Unlock it in Keychain Access (or log out and in again).";

    private final Duration limit;
    private final TimeLimit timeLimit = new TimeLimit(BACKEND);
    private SecurityFramework security;
    private SecurityFramework.Constants k;

    public MacKeychainStore() {
        this(Duration.ofSeconds(30)); // macOS may ask the person to allow access; give them time
    }

    public MacKeychainStore(Duration limit) {
        this.limit = limit;
    }

    @Override
    public String backendName() {
        return BACKEND;
    }

    @Override
    public Availability availability() {
        try {
            boolean unlocked = timeLimit.run("checking the keychain", Duration.ofSeconds(3), this::unlocked);
            return unlocked ? new Availability(Status.AVAILABLE, "Tokens are saved in your " + BACKEND + ".")
                    : new Availability(Status.LOCKED, KeystoreException.locked("keychain", HOW_TO_UNLOCK).getMessage());
        } catch (KeystoreException e) {
            return new Availability(Status.UNAVAILABLE, e.getMessage());
        }
    }

    @Override
    public boolean unlock(Duration patience) throws KeystoreException {
        return timeLimit.run("unlocking the keychain", patience, () -> {
            if (unlocked()) {
                return true;
            }
            PointerByReference keychain = new PointerByReference();
            check(security.SecKeychainCopyDefault(keychain), "unlocking the keychain");
            try {
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
        return timeLimit.run(action, limit, () -> {
            requireUnlocked();
            try (Query query = item(key)) {
                query.put(k.returnData(), k.booleanTrue()).put(k.returnAttributes(), k.booleanTrue())
                        .put(k.matchLimit(), k.matchLimitOne());
                PointerByReference result = new PointerByReference();
                int status = security.SecItemCopyMatching(query.dictionary, result);
                if (status == SecurityFramework.ERR_SEC_ITEM_NOT_FOUND) {
                    return Optional.empty();
                }
                check(status, action);
                CFDictionaryRef found = new CFDictionaryRef(result.getValue());
                try {
                    byte[] secret = bytes(found.getValue(k.valueData()));
                    return Optional.of(new StoredSecret(key, new String(secret, StandardCharsets.UTF_8), attributes(found)));
                } finally {
                    found.release();
                }
            }
        });
    }

    @Override
    public void write(SecretKey key, String label, String secret, Map<String, String> attributes) throws KeystoreException {
        String action = "saving " + key.account();
        timeLimit.run(action, limit, () -> {
            requireUnlocked();
            byte[] encoded = AttributeText.encode(Attributes.withoutKeyAttributes(attributes)).getBytes(StandardCharsets.UTF_8);
            byte[] secretBytes = secret.getBytes(StandardCharsets.UTF_8);
            try (Query query = item(key); Query changes = new Query()) {
                changes.putString(k.label(), label).putData(k.generic(), encoded).putData(k.valueData(), secretBytes);
                int status = security.SecItemUpdate(query.dictionary, changes.dictionary);
                if (status == SecurityFramework.ERR_SEC_ITEM_NOT_FOUND) {
                    query.putString(k.label(), label).putData(k.generic(), encoded).putData(k.valueData(), secretBytes);
                    status = security.SecItemAdd(query.dictionary, null);
                }
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
        return timeLimit.run(action, limit, () -> {
            requireUnlocked();
            try (Query query = item(key)) {
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
        return timeLimit.run(action, limit, () -> {
            load();
            try (Query query = new Query()) {
                query.put(k.secClass(), k.classGenericPassword()).putString(k.service(), service)
                        .put(k.returnAttributes(), k.booleanTrue()).put(k.matchLimit(), k.matchLimitAll());
                PointerByReference result = new PointerByReference();
                int status = security.SecItemCopyMatching(query.dictionary, result);
                if (status == SecurityFramework.ERR_SEC_ITEM_NOT_FOUND) {
                    return List.of();
                }
                check(status, action);
                CFArrayRef array = new CFArrayRef(result.getValue());
                try {
                    List<StoredItem> items = new ArrayList<>();
                    for (int i = 0; i < array.getCount(); i++) {
                        CFDictionaryRef found = new CFDictionaryRef(array.getValueAtIndex(i));
                        String account = string(found.getValue(k.account()));
                        if (account != null && !account.isBlank()) {
                            String label = string(found.getValue(k.label()));
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

    /** Fails fast instead of letting macOS show an unlock dialog on a read or write. */
    private void requireUnlocked() throws KeystoreException {
        if (!unlocked()) {
            throw KeystoreException.locked("keychain", HOW_TO_UNLOCK);
        }
    }

    private Query item(SecretKey key) {
        return new Query().put(k.secClass(), k.classGenericPassword()).putString(k.service(), key.service())
                .putString(k.account(), key.account());
    }

    private Map<String, String> attributes(CFDictionaryRef found) {
        byte[] generic = bytes(found.getValue(k.generic()));
        return Attributes.withoutKeyAttributes(AttributeText.decode(new String(generic, StandardCharsets.UTF_8)));
    }

    private static byte[] bytes(Pointer data) {
        if (data == null) {
            return new byte[0];
        }
        CFDataRef ref = new CFDataRef(data);
        return ref.getLength() == 0 ? new byte[0] : ref.getBytePtr().getByteArray(0, ref.getLength());
    }

    private static String string(Pointer text) {
        return text == null ? null : new CFStringRef(text).stringValue();
    }

    private void check(int status, String action) throws KeystoreException {
        switch (status) {
            case SecurityFramework.ERR_SEC_SUCCESS -> { }
            case SecurityFramework.ERR_SEC_INTERACTION_NOT_ALLOWED, SecurityFramework.ERR_SEC_AUTH_FAILED,
                 SecurityFramework.ERR_SEC_USER_CANCELED -> throw KeystoreException.locked("keychain", HOW_TO_UNLOCK);
            case SecurityFramework.ERR_SEC_NO_SUCH_KEYCHAIN, SecurityFramework.ERR_SEC_NOT_AVAILABLE,
                 SecurityFramework.ERR_SEC_MISSING_ENTITLEMENT ->
                    throw KeystoreException.unavailable(BACKEND, message(status) + ". Check your keychains in Keychain Access.");
            default -> throw KeystoreException.backendError(BACKEND, action, message(status));
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

    /** A mutable CFDictionary that releases itself and the CF values it created. */
    private final class Query implements AutoCloseable {
        final CFMutableDictionaryRef dictionary = CoreFoundation.INSTANCE.CFDictionaryCreateMutable(
                null, new CFIndex(0), k.keyCallbacks(), k.valueCallbacks());
        private final List<CFTypeRef> owned = new ArrayList<>();

        Query put(CFStringRef key, CFTypeRef value) {
            dictionary.setValue(key, value);
            return this;
        }

        Query putString(CFStringRef key, String value) {
            CFStringRef text = CFStringRef.createCFString(value);
            owned.add(text);
            return put(key, text);
        }

        Query putData(CFStringRef key, byte[] value) {
            Memory memory = new Memory(Math.max(1, value.length));
            memory.write(0, value, 0, value.length);
            CFDataRef data = CoreFoundation.INSTANCE.CFDataCreate(null, memory, new CFIndex(value.length));
            memory.clear();
            owned.add(data);
            return put(key, data);
        }

        @Override
        public void close() {
            dictionary.release();
            owned.forEach(CFTypeRef::release);
        }
    }
}
