package org.mastokey.oauth;

import java.net.URI;
import java.util.List;

/** What one app registration is reused for: the same server, redirect set and scope set. */
public record AppKey(URI server, List<String> redirectUris, Scopes scopes) {
    public AppKey {
        redirectUris = List.copyOf(redirectUris);
    }

    /** A stable, human-readable identifier, usable as a keychain account name. */
    public String id() {
        return server + " " + String.join(",", redirectUris) + " " + scopes.asParameter();
    }
}
