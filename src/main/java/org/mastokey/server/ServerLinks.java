package org.mastokey.server;

import java.net.URI;

/** Links a server sends for showing (an avatar, a profile page, a thumbnail), checked where they enter. */
public final class ServerLinks {
    private ServerLinks() {
    }

    /**
     * The link as an absolute {@code http} or {@code https} URI with a host, or null for anything else
     * (missing, blank, unparseable, another scheme, {@code https:///x}): it is never opened or loaded.
     */
    public static URI webOrNull(String untrusted) {
        if (untrusted == null || untrusted.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(untrusted);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            return web && uri.getHost() != null ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
