package org.mastokey.account;

import java.net.URI;
import java.time.Instant;
import org.mastokey.oauth.AppKey;
import org.mastokey.oauth.Scopes;
import java.util.Optional;
import org.mastokey.server.ServerOrigin;

/**
 * What the keychain holds about one saved token, without the token itself.
 *
 * @param acct   {@code user@domain}, the keychain account name
 * @param appKey the registration the token belongs to (needed to revoke it)
 * @param note   what the token is for, as the user wrote it; may be empty
 */
public record SavedAccount(String acct, URI server, String displayName, URI avatar, Scopes scopes,
                           Instant savedAt, AppKey appKey, String note) {

    /**
     * Whether the verified account is this one: the same user name at the same origin. The domain part
     * may differ, for an account saved under its handle's domain that another host serves.
     */
    public boolean isSameAccount(VerifiedAccount verified) {
        Optional<ServerOrigin> savedOrigin = server == null ? Optional.empty() : ServerOrigin.parse(server.toString());
        Optional<ServerOrigin> verifiedOrigin = verified.server() == null ? Optional.empty() : ServerOrigin.parse(verified.server().toString());
        return savedOrigin.isPresent() && savedOrigin.equals(verifiedOrigin) && userOf(acct).equalsIgnoreCase(userOf(verified.acct()));
    }

    private static String userOf(String acct) {
        int at = acct.lastIndexOf('@');
        return at < 0 ? acct : acct.substring(0, at);
    }
}
