package org.mastokey.account.imports;

import java.net.URI;
import java.util.Optional;
import org.mastokey.net.Secret;

/**
 * One token found in a plaintext file, as the file states it: nothing here is verified yet.
 *
 * @param entry   where in the file, for messages and for removing it ({@code users["alice@host"]}, {@code line 3})
 * @param apiBase the server the file says the token is for; the token is sent nowhere else
 * @param claimed the account the file names it for, if it names one: shown, never saved as the identity
 */
public record FoundToken(String entry, URI apiBase, Secret token, Optional<ClientCredentials> client,
                         Optional<String> claimed) {

    /** The registration the token was issued to, when the file holds it (needed to revoke the token later). */
    public record ClientCredentials(String clientId, Secret clientSecret) {
    }
}
