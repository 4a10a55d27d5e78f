package org.mastokey.server;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the server supports, detected from what it answered (metadata document, instance, nodeinfo),
 * not from its name alone.
 *
 * @param metadataDocument   {@code /.well-known/oauth-authorization-server} answered (Mastodon 4.3+)
 * @param pkceS256           PKCE with S256 is supported
 * @param scopesSupported    scopes the server knows; empty when it did not say
 * @param loopbackAnyPort    a loopback redirect registered without a port matches any port (Mastodon/Doorkeeper)
 * @param oob                {@code urn:ietf:wg:oauth:2.0:oob} works
 * @param clientCredentials  the client-credentials grant (app-only token) works
 * @param multipleRedirects  several redirect URIs may be registered on one app
 * @param quirks             where the software departs from Mastodon in what it reads or answers
 */
public record Capabilities(boolean metadataDocument, boolean pkceS256, Set<String> scopesSupported,
                           boolean loopbackAnyPort, boolean oob, boolean clientCredentials,
                           boolean multipleRedirects, Set<Quirk> quirks) {
    public Capabilities {
        scopesSupported = Set.copyOf(scopesSupported);
        quirks = quirks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(quirks));
    }

    /** Without quirks: a server that reads and answers like Mastodon. */
    public Capabilities(boolean metadataDocument, boolean pkceS256, Set<String> scopesSupported, boolean loopbackAnyPort,
                        boolean oob, boolean clientCredentials, boolean multipleRedirects) {
        this(metadataDocument, pkceS256, scopesSupported, loopbackAnyPort, oob, clientCredentials, multipleRedirects, Set.of());
    }

    public boolean has(Quirk quirk) {
        return quirks.contains(quirk);
    }

    /** The same, knowing that the server has no client-credentials grant (it said so when asked). */
    public Capabilities withoutClientCredentials() {
        return new Capabilities(metadataDocument, pkceS256, scopesSupported, loopbackAnyPort, oob, false, multipleRedirects, quirks);
    }
}
