package org.mastokey.keystore.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.AttributeText;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.net.Secret;

/** What can be checked off Windows: the encoding of attributes into 256-byte credential attributes. */
class WindowsCredentialStoreTest {

    @Test
    void longAttributesSurviveSplittingIntoCredentialAttributes() {
        Map<String, String> attributes = Map.of("scopes", "read write ".repeat(60) + "admin:read", "note", "zoë \u2603 ".repeat(40),
                "server", "https://mastodon.test");
        List<byte[]> chunks = WindowsCredentialStore.chunks(AttributeText.encode(attributes));

        assertThat(chunks).hasSizeGreaterThan(2).allSatisfy(chunk -> assertThat(chunk.length).isLessThanOrEqualTo(256));
        Map<String, byte[]> stored = new LinkedHashMap<>();
        for (int i = chunks.size() - 1; i >= 0; i--) { // Windows does not promise the order
            stored.put(CredentialNames.keyword(i), chunks.get(i));
        }
        stored.put("someone-else:attr", new byte[] {1, 2});
        assertThat(AttributeText.decode(WindowsCredentialStore.join(stored))).isEqualTo(attributes);
    }

    @Test
    void aSecretOverTheBlobLimitIsRefusedWithTheReasonNotARetryHint() {
        WindowsCredentialStore store = new WindowsCredentialStore();
        SecretStore.SecretKey key = new SecretStore.SecretKey("org.mastokey.token", "a@b.test");

        Assertions.assertThatThrownBy(() -> store.write(key, "l", Secret.of("t".repeat(2561)), Map.of()))
                .isInstanceOfSatisfying(KeystoreException.class, e -> assertThat(e.getMessage())
                        .contains("2561 bytes").contains("at most 2560").contains("Nothing was saved")
                        .doesNotContain("Try again").doesNotContain("ttt"));
        Assertions.assertThatThrownBy(() -> store.write(key, "l", Secret.of("t"),
                Map.of("note", "n".repeat(64 * 256)))).isInstanceOfSatisfying(KeystoreException.class,
                e -> assertThat(e.getMessage()).contains("attributes").doesNotContain("Try again"));
    }

    @Test
    void offWindowsItSaysUnavailableInsteadOfCrashing() throws Exception {
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"));
        WindowsCredentialStore store = new WindowsCredentialStore();

        assertThat(store.status()).isEqualTo(SecretStore.Status.UNAVAILABLE);
        Assertions.assertThatThrownBy(() -> store.read(
                new SecretStore.SecretKey("org.mastokey.token", "a@b"))).isInstanceOfSatisfying(KeystoreException.class,
                e -> assertThat(e.reason()).isEqualTo(KeystoreException.Reason.UNAVAILABLE));
    }
}
