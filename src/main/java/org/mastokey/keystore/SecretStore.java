package org.mastokey.keystore;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mastokey.net.Secret;

/**
 * The OS keychain, narrowly: items identified by (service, account), each with a label a person
 * sees in the keychain UI, a secret, and non-secret attributes. Implementations never prompt in
 * {@link #status()} and bound every call by a timeout.
 */
public interface SecretStore {
    String TOKEN_SERVICE = "org.mastokey.token";
    String APP_SERVICE = "org.mastokey.app";

    /** Attributes every backend sets itself; callers' attribute maps never need them. */
    String SERVICE_ATTRIBUTE = "service";
    String ACCOUNT_ATTRIBUTE = "account";

    enum Status {
        /** The OS keychain is reachable and unlocked. */
        AVAILABLE,
        /** The OS keychain exists but is locked; reads and writes fail with {@code LOCKED}. */
        LOCKED,
        /** No keychain can be used; every call fails with {@code UNAVAILABLE}. */
        UNAVAILABLE,
        /** Works, but only in memory: nothing survives the end of this run ({@link SessionOnlyStore}). */
        SESSION_ONLY;

        /** Whether read and write can succeed now. */
        public boolean isUsable() {
            return this == AVAILABLE || this == SESSION_ONLY;
        }
    }

    /** A status with the sentence a person can act on ("Your keyring is locked. Unlock it ..."). */
    record Availability(Status status, String explanation) {
    }

    /** Never prompts, never throws, returns within the backend's status timeout. */
    Availability availability();

    default Status status() {
        return availability().status();
    }

    /**
     * Asks the OS to unlock the keychain, which may show its own password dialog; only call this when
     * the person asked for it (an "Unlock keyring" button). Waits at most {@code patience}.
     *
     * @return true if the keychain is unlocked afterwards; false if the person dismissed the dialog, no
     *         dialog could be shown (no display), or the backend cannot unlock on request
     */
    default boolean unlock(Duration patience) throws KeystoreException {
        return status() == Status.AVAILABLE || status() == Status.SESSION_ONLY;
    }

    /**
     * This keychain for a moment when a person is present: a call that needs the person's approval
     * (KeePassXC's "allow access" dialog) brings it up and waits up to {@code patience} for the answer,
     * where the plain store fails fast with {@code NEEDS_APPROVAL}. Unlocking stays with {@link #unlock}.
     * Backends that never ask return themselves.
     */
    default SecretStore allowingPrompts(Duration patience) {
        return allowingPrompts(patience, ApprovalWait.NONE);
    }

    /** As {@link #allowingPrompts(Duration)}; {@code wait} hears when a dialog is up and when it is answered. */
    default SecretStore allowingPrompts(Duration patience, ApprovalWait wait) {
        return this;
    }

    /**
     * Checks, before a token exists, what saving one will need: the keychain is unlocked, accepts new
     * items, and every item of these services can be read (read first, replaced afterwards). Reads no
     * secret; fails with the reason the save would fail with.
     */
    default void checkReadyToSave(List<String> services) throws KeystoreException {
        Availability availability = availability();
        if (!availability.status().isUsable()) {
            throw new KeystoreException(availability.status() == Status.LOCKED ? KeystoreException.Reason.LOCKED
                    : KeystoreException.Reason.UNAVAILABLE, availability.explanation());
        }
        for (String service : services) {
            for (StoredItem item : list(service)) {
                read(item.key());
            }
        }
    }

    /** Short name of the backend for messages ("Secret Service", "macOS Keychain", ...). */
    String backendName();

    /** The keychain as a person knows it (for a Secret Service: once a call has seen which program answers). */
    default KeychainKind kind() {
        return KeychainKind.UNNAMED;
    }

    Optional<StoredSecret> read(SecretKey key) throws KeystoreException;

    /**
     * Creates or replaces the item: afterwards exactly one item with this key exists, with this label,
     * secret and attributes. Attributes must not contain secrets; {@code service} and {@code account}
     * are set from the key.
     */
    void write(SecretKey key, String label, Secret secret, Map<String, String> attributes) throws KeystoreException;

    /** @return true if an item was deleted */
    boolean delete(SecretKey key) throws KeystoreException;

    /**
     * Keys, labels and attributes of every item of the service; secrets are not read, so this may
     * work while the keychain is locked (GNOME Keyring shows locked items' attributes; KeePassXC does not).
     */
    List<StoredItem> list(String service) throws KeystoreException;

    record SecretKey(String service, String account) {
        public SecretKey {
            if (service == null || service.isBlank() || account == null || account.isBlank()) {
                throw new IllegalArgumentException("service and account must not be blank");
            }
        }
    }

    /** Attributes exclude {@code service}, {@code account} and backend-internal ones ({@code xdg:schema}). */
    record StoredSecret(SecretKey key, String secret, Map<String, String> attributes) {
        public StoredSecret {
            attributes = Map.copyOf(attributes);
        }

        @Override
        public String toString() {
            return "StoredSecret[" + key + ", ****]";
        }
    }

    record StoredItem(SecretKey key, String label, Map<String, String> attributes) {
        public StoredItem {
            attributes = Map.copyOf(attributes);
        }
    }
}
