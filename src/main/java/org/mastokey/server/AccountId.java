package org.mastokey.server;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who a token acts for, as Mastokey names it in the keychain: {@code username@domain}. The user name
 * follows Mastodon's grammar (letters, digits and underscores, single dots or dashes inside, as remote
 * software allows); the domain is the authority of the origin Mastokey talked to, or a handle's domain
 * that handed over to that origin and that the origin confirmed (see {@link ServerInfo#accountDomain()}).
 */
public record AccountId(String username, String domain) {
    /** Mastodon's {@code USERNAME_RE}, with GoToSocial's 64 characters as the longest name. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]+([.-][A-Za-z0-9_]+)*");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\\d{1,5})?|\\[[0-9a-f:.]+](:\\d{1,5})?");
    static final int MAX_USERNAME = 64;

    public AccountId {
        if (!isUsername(username)) {
            throw new IllegalArgumentException("not a user name");
        }
        domain = domain == null ? null : domain.toLowerCase(Locale.ROOT);
        if (domain == null || domain.length() > 260 || !DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("not a domain");
        }
    }

    public static AccountId of(String username, ServerOrigin origin) {
        return new AccountId(username, origin.authority());
    }

    public static boolean isUsername(String text) {
        return text != null && text.length() <= MAX_USERNAME && USERNAME.matcher(text).matches();
    }

    /** {@code username@domain}, the keychain account name. */
    public String acct() {
        return username + "@" + domain;
    }

    @Override
    public String toString() {
        return acct();
    }
}
