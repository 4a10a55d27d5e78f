package org.mastokey.account;

import java.net.URI;
import org.mastokey.oauth.Scopes;

/**
 * The account as {@code /api/v1/accounts/verify_credentials} reports it.
 *
 * @param acct always {@code user@domain}, also for local users (whose {@code acct} is just the user)
 */
public record VerifiedAccount(String id, String acct, String displayName, URI avatar, URI profileUrl,
                              URI server, Scopes grantedScopes) {
}
