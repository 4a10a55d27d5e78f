package org.mastokey.keystore.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.SecretStoreContract;
import org.mastokey.net.Secret;

/** The contract against the real Credential Manager of the Windows user running the tests. */
@EnabledOnOs(OS.WINDOWS)
class WindowsCredentialStoreContractTest extends SecretStoreContract {
    private final WindowsCredentialStore store = new WindowsCredentialStore();

    @Override
    protected SecretStore store() {
        return store;
    }

    @Test
    void accountsThatDifferOnlyInCaseAreOneItemAndTheLastSpellingWins() throws KeystoreException {
        SecretKey lower = key("casey");
        SecretKey upper = new SecretKey(lower.service(), lower.account().toUpperCase(Locale.ROOT));
        store.write(upper, "first", Secret.of("old"), Map.of());
        store.write(lower, "second", Secret.of("new"), Map.of());

        assertThat(store.read(upper).orElseThrow().secret()).isEqualTo("new");
        assertThat(store.list(service)).extracting(item -> item.key().account()).containsExactly(lower.account());
    }

    @Test
    void aSecretOverTheLimitIsRefusedAndNothingIsSaved() throws KeystoreException {
        SecretKey key = key("too-long");

        Assertions.assertThatThrownBy(() -> store.write(key, "l", Secret.of("x".repeat(2561)), Map.of()))
                .isInstanceOf(KeystoreException.class);
        assertThat(store.read(key)).isEmpty();
    }
}
