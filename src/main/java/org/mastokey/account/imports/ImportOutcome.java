package org.mastokey.account.imports;

import java.util.Optional;
import org.mastokey.account.SavedAccount;
import org.mastokey.net.ServiceException;

/**
 * What happened to one token of a file.
 *
 * @param entry   where it was in the file
 * @param account the account it is saved as (IMPORTED, ALREADY_SAVED, OTHER_TOKEN_SAVED)
 * @param reason  for the others: why not, in words a person can act on, never holding a secret
 * @param failure the server's answer behind a rejection, if there was one
 */
public record ImportOutcome(String entry, Kind kind, Optional<SavedAccount> account, String reason,
                            Optional<ServiceException> failure) {
    public enum Kind {
        /** Verified and saved now. */
        IMPORTED,
        /** The very same token was saved for the account before. */
        ALREADY_SAVED,
        /** The account has another token saved; that one was kept and this one left where it is. */
        OTHER_TOKEN_SAVED,
        /** Not saved: the server refused the token, could not be reached, or the entry is unusable. */
        REJECTED
    }

    /** Whether the token from the file is now in the keychain, so the file no longer needs it. */
    public boolean isInKeychain() {
        return kind == Kind.IMPORTED || kind == Kind.ALREADY_SAVED;
    }

    static ImportOutcome saved(String entry, Kind kind, SavedAccount account) {
        return new ImportOutcome(entry, kind, Optional.of(account), "", Optional.empty());
    }

    static ImportOutcome rejected(String entry, String reason) {
        return new ImportOutcome(entry, Kind.REJECTED, Optional.empty(), reason, Optional.empty());
    }

    static ImportOutcome rejected(String entry, String reason, ServiceException failure) {
        return new ImportOutcome(entry, Kind.REJECTED, Optional.empty(), reason, Optional.of(failure));
    }
}
