package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.net.Secret;

/** Items are interchangeable with {@code secret-tool}, checked through the real keyring in both directions. */
@RequiresTestKeyring
class LibsecretInteropTest {
    private final LibsecretStore store = new LibsecretStore();
    private final SecretKey key = new SecretKey(SecretStore.TOKEN_SERVICE,
            "interop-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid");

    @AfterEach
    void cleanUp() {
        Commands.run("secret-tool", "clear", "service", key.service(), "account", key.account());
    }

    @Test
    void secretToolSeesWhatMastokeyWrote() throws KeystoreException {
        store.write(key, "Mastodon token for " + key.account() + " (Mastokey)", Secret.of("written-by-mastokey"),
                Map.of("server", "https://mastodon.test", "scopes", "read write"));

        assertThat(Commands.secretToolLookup(key.service(), key.account())).isEqualTo("written-by-mastokey");
        Commands.Result search = Commands.secretToolSearch(key.service(), key.account());
        String shown = search.stdout() + search.stderr();
        assertThat(shown).contains("label = Mastodon token for " + key.account() + " (Mastokey)")
                .contains("attribute.server = https://mastodon.test")
                .contains("attribute.scopes = read write")
                .contains("attribute.account = " + key.account())
                .contains("attribute.service = org.mastokey.token");
        assertThat(shown.lines().filter(l -> l.startsWith("label = ")).count()).isEqualTo(1);
    }

    @Test
    void mastokeyReadsAndListsWhatSecretToolWrote() throws KeystoreException {
        Commands.secretToolStore("made by secret-tool", "written-by-secret-tool",
                Map.of("service", key.service(), "account", key.account(), "server", "https://elsewhere.test"));

        SecretStore.StoredSecret stored = store.read(key).orElseThrow();
        assertThat(stored.secret()).isEqualTo("written-by-secret-tool");
        assertThat(stored.attributes()).isEqualTo(Map.of("server", "https://elsewhere.test"));
        assertThat(store.list(key.service())).anySatisfy(item -> {
            assertThat(item.key()).isEqualTo(key);
            assertThat(item.label()).isEqualTo("made by secret-tool");
        });
    }

    @Test
    void updatesAndDeletesAreVisibleToSecretTool() throws KeystoreException {
        Commands.secretToolStore("old", "old-token", Map.of("service", key.service(), "account", key.account()));

        store.write(key, "new", Secret.of("new-token"), Map.of("note", "rotated"));
        assertThat(Commands.secretToolLookup(key.service(), key.account())).isEqualTo("new-token");
        Commands.Result search = Commands.secretToolSearch(key.service(), key.account());
        assertThat((search.stdout() + search.stderr()).lines().filter(l -> l.startsWith("label = ")))
                .containsExactly("label = new");

        assertThat(store.delete(key)).isTrue();
        assertThat(Commands.secretToolLookup(key.service(), key.account())).isNull();
    }
}
