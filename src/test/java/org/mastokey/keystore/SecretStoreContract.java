package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.SecretStore.StoredItem;
import org.mastokey.keystore.SecretStore.StoredSecret;
import org.mastokey.net.Secret;

/** What every {@link SecretStore} backend must do. Subclasses supply the store. */
public abstract class SecretStoreContract {
    /** A service of its own per test class run, so parallel or leftover items never collide. */
    protected final String service = "org.mastokey.test." + UUID.randomUUID();
    private final List<SecretKey> written = new ArrayList<>();

    protected abstract SecretStore store();

    protected SecretKey key(String user) {
        SecretKey key = new SecretKey(service, user + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid");
        written.add(key);
        return key;
    }

    @AfterEach
    void deleteWhatTheTestWrote() throws KeystoreException {
        for (SecretKey key : written) {
            store().delete(key);
        }
        assertThat(store().list(service)).isEmpty();
    }

    @Test
    void statusIsUsable() {
        SecretStore.Availability availability = store().availability();
        assertThat(availability.status().isUsable()).as(availability.explanation()).isTrue();
        assertThat(availability.explanation()).isNotBlank();
    }

    @Test
    void readsBackWhatItWrote() throws KeystoreException {
        SecretKey key = key("alice");
        store().write(key, "Test item for alice", Secret.of("token-abc-123"), Map.of("server", "https://example.test", "scopes", "read"));

        StoredSecret stored = store().read(key).orElseThrow();

        assertThat(stored.key()).isEqualTo(key);
        assertThat(stored.secret()).isEqualTo("token-abc-123");
        assertThat(stored.attributes()).isEqualTo(Map.of("server", "https://example.test", "scopes", "read"));
        assertThat(stored.toString()).doesNotContain("token-abc-123");
    }

    @Test
    void readOfAMissingItemIsEmpty() throws KeystoreException {
        assertThat(store().read(key("nobody"))).isEmpty();
    }

    @Test
    void writeReplacesTheItemInsteadOfAddingOne() throws KeystoreException {
        SecretKey key = key("bob");
        store().write(key, "first label", Secret.of("old-secret"), Map.of("note", "old", "only_old", "x"));
        store().write(key, "second label", Secret.of("new-secret"), Map.of("note", "new"));

        assertThat(store().read(key).orElseThrow().secret()).isEqualTo("new-secret");
        assertThat(store().read(key).orElseThrow().attributes()).isEqualTo(Map.of("note", "new"));
        List<StoredItem> items = store().list(service);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).label()).isEqualTo("second label");
    }

    @Test
    void keepsNonAsciiSecretsAndAttributesIntact() throws KeystoreException {
        SecretKey key = key("zoë");
        String secret = "pässwörd-\u2603-\uD83D\uDD11";
        store().write(key, "Jeton de zoë \u2603", Secret.of(secret), Map.of("display_name", "Zoë \u2603"));

        StoredSecret stored = store().read(key).orElseThrow();
        assertThat(stored.secret()).isEqualTo(secret);
        assertThat(stored.attributes()).containsEntry("display_name", "Zoë \u2603");
        assertThat(store().list(service).get(0).label()).isEqualTo("Jeton de zoë \u2603");
    }

    @Test
    void deleteRemovesTheItemAndSaysWhetherThereWasOne() throws KeystoreException {
        SecretKey key = key("carol");
        store().write(key, "carol", Secret.of("s"), Map.of());

        assertThat(store().delete(key)).isTrue();
        assertThat(store().read(key)).isEmpty();
        assertThat(store().delete(key)).isFalse();
    }

    @Test
    void listShowsKeysLabelsAndAttributesOfOneServiceOnly() throws KeystoreException {
        SecretKey first = key("dave");
        SecretKey second = key("erin");
        SecretKey elsewhere = new SecretKey(service + ".other", "frank@test.invalid");
        written.add(elsewhere);
        store().write(first, "label dave", Secret.of("secret-dave"), Map.of("acct", first.account()));
        store().write(second, "label erin", Secret.of("secret-erin"), Map.of("acct", second.account()));
        store().write(elsewhere, "label frank", Secret.of("secret-frank"), Map.of());

        List<StoredItem> items = store().list(service);

        assertThat(items).extracting(StoredItem::key).containsExactlyInAnyOrder(first, second);
        assertThat(items).extracting(StoredItem::label).containsExactlyInAnyOrder("label dave", "label erin");
        assertThat(items).allSatisfy(item -> {
            assertThat(item.attributes()).containsEntry("acct", item.key().account());
            assertThat(item.attributes()).doesNotContainKeys("service", "account");
            assertThat(item.toString()).doesNotContain("secret-");
        });
        assertThat(store().list(service + ".other")).extracting(StoredItem::key).containsExactly(elsewhere);
    }

    @Test
    void keysOfTheCallerWinOverServiceAndAccountAttributes() throws KeystoreException {
        SecretKey key = key("grace");
        store().write(key, "grace", Secret.of("s"), Map.of("service", "spoofed", "account", "spoofed"));

        assertThat(store().read(key)).isPresent();
        assertThat(store().list("spoofed")).isEmpty();
    }

    @Test
    void keepsALongSecretWhole() throws KeystoreException {
        SecretKey key = key("long-secret");
        String secret = "Ab9-_.~+/".repeat(280) + "\u00e9\u2603"; // 2,525 bytes in UTF-8, under the smallest limit (Windows: 2,560)
        store().write(key, "long secret", Secret.of(secret), Map.of());

        assertThat(store().read(key).orElseThrow().secret()).isEqualTo(secret);
    }

    @Test
    void aLongLabelIsKeptOrCutCleanly() throws KeystoreException {
        SecretKey key = key("long-label");
        // 216 units, then keys of two units each: a cut at 255 units would split one
        String label = "Mastodon token of a very long display name ".repeat(5) + "!" + "\uD83D\uDD11".repeat(100);
        store().write(key, label, Secret.of("s"), Map.of("note", "n"));

        String stored = store().list(service).get(0).label();

        assertThat(label).startsWith(stored);
        assertThat(stored.length()).isGreaterThanOrEqualTo(254);
        assertThat(Character.isHighSurrogate(stored.charAt(stored.length() - 1))).as("ends inside a character").isFalse();
        assertThat(store().read(key).orElseThrow().attributes()).isEqualTo(Map.of("note", "n"));
    }
}
