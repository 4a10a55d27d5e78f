package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mastokey.net.Secret;

class SessionOnlyStoreContractTest extends SecretStoreContract {
    private final SessionOnlyStore store = new SessionOnlyStore("no keyring in this test");

    @Override
    protected SecretStore store() {
        return store;
    }

    @Test
    void saysThatNothingIsSaved() {
        assertThat(store.status()).isEqualTo(SecretStore.Status.SESSION_ONLY);
        assertThat(store.availability().explanation()).contains("only until Mastokey quits").contains("no keyring in this test");
    }

    @Test
    void forgetsEverythingWithTheInstance() throws KeystoreException {
        SecretStore.SecretKey key = key("henry");
        store.write(key, "henry", Secret.of("s"), Map.of());

        assertThat(new SessionOnlyStore().read(key)).isEmpty();
    }
}
