package org.mastokey.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.Commands;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.RequiresTestKeyring;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.net.Secret;

/** Saved accounts in the real keyring, checked from outside with {@code secret-tool}. */
@RequiresTestKeyring
class SavedAccountsKeychainTest extends SavedAccountsContract {
    private final LibsecretStore store = new LibsecretStore();

    @Override
    SecretStore store() {
        return store;
    }

    @Test
    void tokenAndClientSecretAreInTheKeyringWhereOtherToolsFindThem() throws KeystoreException {
        SavedAccount saved = accounts().save(login("gina", "token-gina-" + run), "");

        assertThat(Commands.secretToolLookup("org.mastokey.token", saved.acct())).isEqualTo("token-gina-" + run);
        assertThat(Commands.secretToolLookup("org.mastokey.app", server + " client-id-" + run)).isEqualTo("client-secret-" + run);
        Commands.Result search = Commands.secretToolSearch("org.mastokey.token", saved.acct());
        assertThat(search.stdout() + search.stderr())
                .contains("label = Access token for " + saved.acct() + " (Mastokey)")
                .contains("attribute.server = " + server);
    }

    @Test
    void tokenSavedBySecretToolIsListedAndReadable() throws KeystoreException {
        String acct = "hugo-" + run + "@" + server.getHost();
        savedAccts.add(acct);
        Commands.secretToolStore("typed by hand", "hand-made-token", Map.of("service", "org.mastokey.token", "account", acct));

        SavedAccount found = accounts().find(acct).orElseThrow();
        assertThat(found.server()).isEqualTo(server);
        assertThat(found.appKey()).isNull();
        assertThat(found.note()).isEmpty();
        assertThat(accounts().token(acct)).contains(Secret.of("hand-made-token"));
    }
}
