package org.mastokey.server;

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
 */
public record Capabilities(boolean metadataDocument, boolean pkceS256, Set<String> scopesSupported,
                           boolean loopbackAnyPort, boolean oob, boolean clientCredentials,
                           boolean multipleRedirects) {
    public Capabilities {
        scopesSupported = Set.copyOf(scopesSupported);
    }
}
