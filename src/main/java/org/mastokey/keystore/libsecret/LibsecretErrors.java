package org.mastokey.keystore.libsecret;

import java.time.Duration;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.KeystoreException.Reason;

/** Turns GLib/libsecret errors into {@link KeystoreException}s a person can act on. */
final class LibsecretErrors {
    static final String BACKEND = "Secret Service keyring";
    static final String HOW_TO_UNLOCK = "Unlock it in your desktop's password manager (GNOME \u201cPasswords and"
            + " Keys\u201d, KDE Wallet Manager or KeePassXC) or log out and in again.";

    private static final String IO_DOMAIN = "g-io-error-quark";
    private static final String DBUS_DOMAIN = "g-dbus-error-quark";
    private static final String SECRET_DOMAIN = "secret-error-quark";
    private static final int IO_CANCELLED = 19;
    private static final int IO_TIMED_OUT = 24;
    private static final int SECRET_IS_LOCKED = 2;
    private static final int DBUS_SERVICE_UNKNOWN = 2;
    private static final int DBUS_NAME_HAS_NO_OWNER = 3;
    private static final int DBUS_NO_REPLY = 4;
    private static final int DBUS_NO_SERVER = 11;
    private static final int DBUS_TIMEOUT = 12;
    private static final int DBUS_DISCONNECTED = 15;
    private static final int DBUS_TIMED_OUT = 20;
    private static final int DBUS_SPAWN_FIRST = 23;
    private static final int DBUS_SPAWN_LAST = 34;

    private LibsecretErrors() {
    }

    /** While reaching the session bus or the Secret Service: everything but a timeout means "unavailable". */
    static KeystoreException connecting(GlibValues.GError error, String problem, String advice, String action,
                                        Duration limit) {
        if (isTimeout(error)) {
            return KeystoreException.timeout(BACKEND, action, limit);
        }
        return KeystoreException.unavailable(BACKEND, problem + " (" + error.message() + "). " + advice + ".");
    }

    static KeystoreException during(GlibValues.GError error, String action, Duration limit) {
        if (isTimeout(error)) {
            return KeystoreException.timeout(BACKEND, action, limit);
        }
        if (SECRET_DOMAIN.equals(error.domain()) && error.code() == SECRET_IS_LOCKED) {
            return KeystoreException.locked("keyring", HOW_TO_UNLOCK);
        }
        if (DBUS_DOMAIN.equals(error.domain()) && isGone(error.code())) {
            return KeystoreException.unavailable(BACKEND, "the keyring service went away (" + error.message()
                    + "). Start your desktop's keyring (GNOME Keyring, KeePassXC with Secret Service) and try again.");
        }
        return KeystoreException.backendError(BACKEND, action, error.message());
    }

    /** Whether a fresh connection to the Secret Service might succeed where this call failed. */
    static boolean worthReconnecting(KeystoreException e) {
        return e.reason() == Reason.BACKEND_ERROR || e.reason() == Reason.UNAVAILABLE;
    }

    private static boolean isTimeout(GlibValues.GError error) {
        if (IO_DOMAIN.equals(error.domain())) {
            return error.code() == IO_CANCELLED || error.code() == IO_TIMED_OUT;
        }
        return DBUS_DOMAIN.equals(error.domain())
                && (error.code() == DBUS_NO_REPLY || error.code() == DBUS_TIMEOUT || error.code() == DBUS_TIMED_OUT);
    }

    private static boolean isGone(int code) {
        return code == DBUS_SERVICE_UNKNOWN || code == DBUS_NAME_HAS_NO_OWNER || code == DBUS_NO_SERVER
                || code == DBUS_DISCONNECTED || (code >= DBUS_SPAWN_FIRST && code <= DBUS_SPAWN_LAST);
    }
}
