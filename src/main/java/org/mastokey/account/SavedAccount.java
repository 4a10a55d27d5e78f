package org.mastokey.account;

import java.net.URI;
import java.time.Instant;
import org.mastokey.oauth.AppKey;
import org.mastokey.oauth.Scopes;

/**
 * What the keychain holds about one saved token, without the token itself.
 *
 * @param acct   {@code user@domain}, the keychain account name
 * @param appKey the registration the token belongs to (needed to revoke it)
 * @param note   what the token is for, as the user wrote it; may be empty
 */
public record SavedAccount(String acct, URI server, String displayName, URI avatar, Scopes scopes,
                           Instant savedAt, AppKey appKey, String note) {
}
