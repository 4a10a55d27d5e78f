package org.mastokey.keystore.macos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.SecretStoreContract;
import org.mastokey.net.Secret;

/**
 * The contract against the real default keychain of the macOS user running the tests (CI makes a
 * throw-away one the default; .github/workflows/installers.yml). The store never lets macOS show a
 * dialog here: a test run must fail, not wait for a click.
 */
@EnabledOnOs(OS.MAC)
class MacKeychainStoreContractTest extends SecretStoreContract {
    private final MacKeychainStore store = new MacKeychainStore(Prompting.NEVER_ASK, () -> { });

    @Override
    protected SecretStore store() {
        return store;
    }

    @Test
    void theDesktopStoreReadsItemsOfThisProcessWithoutAsking() throws KeystoreException {
        AtomicInteger asked = new AtomicInteger();
        MacKeychainStore desktop = new MacKeychainStore(Prompting.ASK_AND_WAIT, asked::incrementAndGet);
        SecretKey key = key("desktop");
        desktop.write(key, "desktop", Secret.of("s3cret"), Map.of("note", "n"));

        assertThat(desktop.read(key).orElseThrow().secret()).isEqualTo("s3cret");
        assertThat(store.read(key).orElseThrow().secret()).isEqualTo("s3cret");
        assertThat(asked).hasValue(0);
    }
}
