package org.mastokey.server;

import java.net.URI;
import java.util.Optional;

/**
 * What discovery found: enough for the preview card and for choosing how to authorize.
 *
 * @param address      what the user typed, normalised
 * @param apiBase      where the API lives (may differ from the handle's domain)
 * @param domain       the account domain ({@code instance.domain}, LOCAL_DOMAIN)
 * @param expectedAcct {@code user@domain} when the user typed a handle
 */
public record ServerInfo(ServerAddress address, URI apiBase, String domain, String title, String description,
                         URI thumbnail, Software software, Capabilities capabilities, String expectedAcct) {

    public Optional<URI> thumbnailUri() {
        return Optional.ofNullable(thumbnail);
    }

    public Optional<String> expectedAccount() {
        return Optional.ofNullable(expectedAcct);
    }
}
