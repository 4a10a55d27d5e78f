package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.KeystoreException.Reason;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.SecretStore.Status;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.net.Secret;

/**
 * A locked KeePassXC database is LOCKED for every call, quickly, whichever "unlock before search"
 * setting KeePassXC has: never an empty answer (KeePassXC hides a locked database's items), never its
 * unlock dialog left open behind Mastokey.
 */
@RequiresTestKeyring("keepassxc")
class KeePassXCLockedTest {
    private static final long LIMIT_MS = 3_000;

    private final LibsecretStore store = new LibsecretStore();
    private final String service = "org.mastokey.test." + UUID.randomUUID();
    private final SecretKey key = new SecretKey(service, "alice@locked.test");

    @AfterEach
    void backToTheDefaults() throws KeystoreException {
        TestProvider.restart();
        store.delete(key);
    }

    @Test
    void lockedDatabaseIsLockedForEveryCallNotEmpty() throws Exception {
        store.write(key, "saved before the lock", Secret.of("kept-through-lock"), Map.of("note", "x"));
        TestProvider.lock();

        SecretStore.Availability availability = store.availability();
        assertThat(availability.status()).isEqualTo(Status.LOCKED);
        assertThat(availability.explanation()).contains("KeePassXC database is locked").contains("Unlock the database");
        assertLockedEverywhere();

        TestProvider.unlock();
        assertThat(store.read(key).orElseThrow().secret()).isEqualTo("kept-through-lock");
    }

    @Test
    void withUnlockBeforeSearchNoCallOpensTheUnlockDialog() throws Exception {
        TestProvider.restart("UnlockBeforeSearch=true");
        store.write(key, "saved before the lock", Secret.of("kept-through-lock"), Map.of());
        TestProvider.lock();

        assertLockedEverywhere();
        assertThat(TestProvider.keePassXCWindows()).noneMatch(title -> title.contains("Unlock Database"));
    }

    private void assertLockedEverywhere() {
        assertLocked(() -> store.read(key));
        assertLocked(() -> store.list(service));
        assertLocked(() -> store.delete(key));
        assertLocked(() -> { store.write(key, "during the lock", Secret.of("lost"), Map.of()); return null; });
        assertLocked(() -> { store.checkReadyToSave(List.of(service)); return null; });
    }

    private interface Call {
        Object run() throws KeystoreException;
    }

    private static void assertLocked(Call call) {
        long start = System.nanoTime();
        assertThatThrownBy(call::run).isInstanceOfSatisfying(KeystoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.LOCKED);
            assertThat(e.getMessage()).contains("KeePassXC").doesNotContain("kept-through-lock");
        });
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds until LOCKED").isLessThan(LIMIT_MS);
    }
}
