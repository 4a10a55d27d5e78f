package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.net.Secret;

/**
 * libsecret must stay loaded for the life of the process. JNA unloads (dlcloses) a library once no
 * Java object refers to it any more; libsecret cannot survive that: GLib keeps its type names and
 * its D-Bus worker keeps its proxies, so the next load hung for the full timeout or crashed the JVM.
 */
@RequiresTestKeyring
class LibsecretLifetimeTest {
    @Test
    void laterStoresStillWorkAfterEveryEarlierStoreWasGarbageCollected() throws Exception {
        SecretKey key = new SecretKey(SecretStore.TOKEN_SERVICE, "lifetime-" + UUID.randomUUID() + "@test.invalid");
        WeakReference<LibsecretStore> first = writeWithAStoreThatIsThenDropped(key);
        String mapped = libsecretMappings();
        assertThat(mapped).as("libsecret in /proc/self/maps").isNotEmpty();

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (first.get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(first.get()).as("the first store was collected").isNull();
        for (int i = 0; i < 10; i++) { // JNA's cleaner thread would dlclose the library shortly after
            System.gc();
            Thread.sleep(50);
        }
        assertThat(libsecretMappings()).as("libsecret still mapped at the same place").isEqualTo(mapped);

        LibsecretStore later = new LibsecretStore();
        assertThat(later.read(key).orElseThrow().secret()).isEqualTo("written-before-gc");
        assertThat(later.delete(key)).isTrue();
    }

    private static WeakReference<LibsecretStore> writeWithAStoreThatIsThenDropped(SecretKey key) throws KeystoreException {
        LibsecretStore store = new LibsecretStore();
        store.write(key, "lifetime test", Secret.of("written-before-gc"), Map.of());
        return new WeakReference<>(store);
    }

    private static String libsecretMappings() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .filter(line -> line.contains("libsecret-1.so"))
                .map(line -> line.substring(0, line.indexOf(' ')))
                .collect(Collectors.joining(","));
    }
}
