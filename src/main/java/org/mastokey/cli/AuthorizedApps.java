package org.mastokey.cli;

/** Where a person revokes a token by hand, said so that it holds on any server software. */
final class AuthorizedApps {
    /** Completes "revoke it …". */
    static final String WHERE = "in the server's settings, where it lists the apps you authorized"
            + " (on Mastodon: Preferences > Account > Authorized apps)";

    private AuthorizedApps() {
    }
}
