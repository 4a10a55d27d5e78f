package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.KeystoreException.Reason;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.SecretStore.Status;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.net.Secret;

/** A closed KDE wallet is LOCKED for every call, and the message names KWallet and what to do. */
@RequiresTestKeyring("kwallet")
class KWalletLockedTest {
    private final LibsecretStore store = new LibsecretStore();
    private final String service = "org.mastokey.test." + UUID.randomUUID();
    private final SecretKey key = new SecretKey(service, "dave@kwallet.test");

    @Test
    void closedWalletIsLockedForEveryCallAndItsItemsComeBackWhenOpened() throws Exception {
        store.write(key, "saved before closing", Secret.of("kept-through-close"), Map.of("note", "kept"));
        TestProvider.lock();
        try {
            SecretStore.Availability availability = store.availability();
            assertThat(availability.status()).isEqualTo(Status.LOCKED);
            assertThat(availability.explanation()).contains("KDE wallet is locked").contains("KDE Wallet Manager");
            assertLocked(() -> store.read(key));
            assertLocked(() -> store.delete(key));
            assertLocked(() -> { store.write(key, "during the lock", Secret.of("lost"), Map.of()); return null; });
            assertLocked(() -> { store.checkReadyToSave(List.of(service)); return null; });
            // KWallet shows a closed wallet's attributes, so the saved accounts can still be listed
            assertThat(store.list(service)).singleElement().satisfies(item -> {
                assertThat(item.key()).isEqualTo(key);
                assertThat(item.attributes()).isEqualTo(Map.of("note", "kept"));
            });
        } finally {
            TestProvider.unlock();
        }
        assertThat(store.read(key).orElseThrow().secret()).isEqualTo("kept-through-close");
        assertThat(store.delete(key)).isTrue();
    }

    private interface Call {
        Object run() throws KeystoreException;
    }

    private static void assertLocked(Call call) {
        long start = System.nanoTime();
        assertThatThrownBy(call::run).isInstanceOfSatisfying(KeystoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.LOCKED);
            assertThat(e.getMessage()).contains("KDE wallet").doesNotContain("kept-through-close");
        });
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds until LOCKED").isLessThan(3_000);
    }
}
