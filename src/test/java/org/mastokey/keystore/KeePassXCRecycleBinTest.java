package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.net.Secret;

/**
 * KeePassXC moves deleted entries to the database's Recycle Bin, with their history of earlier values:
 * what Mastokey deletes or replaces arrives there without its secret, current or earlier.
 */
@RequiresTestKeyring("keepassxc")
class KeePassXCRecycleBinTest {
    private final LibsecretStore store = new LibsecretStore();

    @Test
    void deletedAndReplacedSecretsDoNotSurviveInTheRecycleBin() throws Exception {
        String first = "first-secret-" + UUID.randomUUID();
        String second = "second-secret-" + UUID.randomUUID();
        SecretKey key = new SecretKey("org.mastokey.test." + UUID.randomUUID(), "carol@recycle.test");
        store.write(key, "carol recycled", Secret.of(first), Map.of());
        store.write(key, "carol recycled", Secret.of(second), Map.of());
        assertThat(store.delete(key)).isTrue();

        String database = TestProvider.keePassXCDatabaseXml();
        assertThat(database).contains("Recycle Bin").contains("carol recycled");
        assertThat(database).doesNotContain(first).doesNotContain(second);
    }
}
