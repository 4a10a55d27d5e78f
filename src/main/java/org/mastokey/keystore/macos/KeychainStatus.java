package org.mastokey.keystore.macos;

import java.util.Optional;
import java.util.function.IntSupplier;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.KeystoreException.Reason;

/** What an OSStatus of a keychain call means for the person, without calling macOS. */
final class KeychainStatus {
    static final String BACKEND = "macOS Keychain";
    static final String HOW_TO_UNLOCK = "Unlock it in Keychain Access, or run `security unlock-keychain` in Terminal.";

    private KeychainStatus() {
    }

    /**
     * The failure an OSStatus stands for, or empty for success.
     *
     * @param action      what was being done ("reading alice@example.social")
     * @param description macOS's own words for the status ({@code SecCopyErrorMessageString})
     * @param prompting   whether this process lets macOS show its dialogs
     */
    static Optional<KeystoreException> failure(int status, String action, String description, Prompting prompting) {
        return Optional.ofNullable(switch (status) {
            case SecurityFramework.ERR_SEC_SUCCESS -> null;
            case SecurityFramework.ERR_SEC_INTERACTION_NOT_ALLOWED -> new KeystoreException(Reason.CONFIRMATION_NEEDED,
                    prompting == Prompting.NEVER_ASK ? needsConfirmationFromTheCommandLine(action)
                            : BACKEND + " wanted to ask you before " + action + ", but could not show its dialog (is"
                            + " this a remote or locked session?). Try again while you are at the screen.");
            case SecurityFramework.ERR_SEC_USER_CANCELED -> new KeystoreException(Reason.ACCESS_DENIED,
                    "The macOS dialog asking whether Mastokey may use your keychain was cancelled or denied, so "
                            + "nothing was done while " + action + ". Try again and choose “Allow” or “Always Allow”.");
            case SecurityFramework.ERR_SEC_AUTH_FAILED -> new KeystoreException(Reason.ACCESS_DENIED,
                    BACKEND + " refused access while " + action + ": the keychain password was not accepted, or the"
                            + " item does not allow Mastokey. Check the item's Access Control in Keychain Access.");
            case SecurityFramework.ERR_SEC_NO_SUCH_KEYCHAIN, SecurityFramework.ERR_SEC_NOT_AVAILABLE,
                 SecurityFramework.ERR_SEC_MISSING_ENTITLEMENT -> KeystoreException.unavailable(BACKEND,
                    description + ". Check your keychains in Keychain Access.");
            default -> KeystoreException.backendError(BACKEND, action, description);
        });
    }

    /** Whether a call that failed without a dialog is tried again with one: only when macOS wanted to ask and may. */
    static boolean askAndRetry(KeystoreException failure, Prompting prompting) {
        return prompting == Prompting.ASK_AND_WAIT && failure.reason() == Reason.CONFIRMATION_NEEDED;
    }

    private static String needsConfirmationFromTheCommandLine(String action) {
        return "macOS wants to ask whether Mastokey may use your keychain (it does when another build of"
                + " Mastokey saved the item, e.g. before an update), and the command line never shows that dialog, so"
                + " nothing was done while " + action + ". Open the Mastokey app and choose “Always Allow” when"
                + " asked; over SSH, run `security unlock-keychain` first.";
    }

    /**
     * Creates or replaces an item: update; if there is none, add; if another process added one in
     * between (errSecDuplicateItem, e.g. the app and the command line saving at once), update again.
     *
     * @return the status of the last call made
     */
    static int updateOrAdd(IntSupplier update, IntSupplier add) {
        int status = update.getAsInt();
        if (status != SecurityFramework.ERR_SEC_ITEM_NOT_FOUND) {
            return status;
        }
        status = add.getAsInt();
        return status == SecurityFramework.ERR_SEC_DUPLICATE_ITEM ? update.getAsInt() : status;
    }
}
