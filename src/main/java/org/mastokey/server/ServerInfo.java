package org.mastokey.server;

import java.net.URI;
import java.util.Optional;

/**
 * What discovery found: enough for the preview card and for choosing how to authorize.
 *
 * @param address      what the user typed, normalised
 * @param apiBase      where the API lives (may differ from the handle's domain)
 * @param domain       the account domain the server claims ({@code instance.domain}, LOCAL_DOMAIN); shown,
 *                     never trusted as an identity (see {@link #accountDomain()})
 * @param expectedAcct {@code user@domain} when the user typed a handle, its domain as {@link #accountDomain()}
 */
public record ServerInfo(ServerAddress address, URI apiBase, String domain, String title, String description,
                         URI thumbnail, Software software, Capabilities capabilities, String expectedAcct) {

    public Optional<URI> thumbnailUri() {
        return Optional.ofNullable(thumbnail);
    }

    public Optional<String> expectedAccount() {
        return Optional.ofNullable(expectedAcct);
    }

    /** The origin the API calls go to: what saved accounts are bound to. */
    public ServerOrigin origin() {
        return ServerOrigin.of(apiBase);
    }

    /**
     * The domain part of the handles Mastokey saves for this server: the authority of {@link #origin()},
     * or the typed handle's domain when its WebFinger handed over to this origin and the origin names
     * that domain as its own (WEB_DOMAIN ≠ LOCAL_DOMAIN). Never a domain only the server claims.
     */
    public String accountDomain() {
        return expectedAcct == null ? origin().authority() : expectedAcct.substring(expectedAcct.lastIndexOf('@') + 1);
    }

    /**
     * The host the typed address or handle handed over to, when it is not the typed one: for "@alice@example.com
     * is served by social.example.com".
     */
    public Optional<String> servedByOtherHost() {
        if (address == null) {
            return Optional.empty();
        }
        ServerOrigin typed = ServerOrigin.of(address.baseUri());
        return typed.equals(origin()) ? Optional.empty() : Optional.of(origin().authority());
    }
}
