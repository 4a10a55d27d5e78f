package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.keystore.macos.MacKeychainStore;
import org.mastokey.keystore.windows.WindowsCredentialStore;
import org.mastokey.net.Secret;

class SecretStoresTest {

    @Test
    void choosesTheBackendOfTheOperatingSystem() {
        assertThat(SecretStores.choose("Linux", "auto")).isInstanceOf(LibsecretStore.class);
        assertThat(SecretStores.choose("FreeBSD", "auto")).isInstanceOf(LibsecretStore.class);
        assertThat(SecretStores.choose("Mac OS X", "auto")).isInstanceOf(MacKeychainStore.class);
        assertThat(SecretStores.choose("Windows 11", "auto")).isInstanceOf(WindowsCredentialStore.class);
    }

    @Test
    void unknownSystemIsUnavailableWithAReason() {
        SecretStore store = SecretStores.choose("Plan 9", "auto");

        assertThat(store.status()).isEqualTo(SecretStore.Status.UNAVAILABLE);
        assertThat(store.availability().explanation()).contains("Plan 9").contains("Copy the token");
        assertThatThrownBy(() -> store.write(new SecretStore.SecretKey("s", "a"), "l", Secret.of("secret-value"), Map.of()))
                .isInstanceOfSatisfying(KeystoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(KeystoreException.Reason.UNAVAILABLE);
                    assertThat(e.getMessage()).doesNotContain("secret-value");
                });
    }

    @Test
    void propertyCanAskForSessionOnlyOrNothing() {
        assertThat(SecretStores.choose("Linux", "session").status()).isEqualTo(SecretStore.Status.SESSION_ONLY);
        assertThat(SecretStores.choose("Linux", "none").status()).isEqualTo(SecretStore.Status.UNAVAILABLE);
        assertThat(SecretStores.choose("Linux", "bogus").availability().explanation()).contains("bogus");
    }

    @Test
    void macBackendOffMacSaysUnavailableInsteadOfCrashing() {
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Mac"));
        SecretStore store = new MacKeychainStore();

        assertThat(store.status()).isEqualTo(SecretStore.Status.UNAVAILABLE);
        assertThatThrownBy(() -> store.list(SecretStore.TOKEN_SERVICE)).isInstanceOfSatisfying(KeystoreException.class,
                e -> assertThat(e.reason()).isEqualTo(KeystoreException.Reason.UNAVAILABLE));
    }

    @Test
    void attributeTextRoundTripsAwkwardCharacters() {
        Map<String, String> attributes = Map.of("note", "a&b=c d%20\u2603", "we=ird&name", "", "server", "https://x.test/?q=1&r=2");

        assertThat(AttributeText.decode(AttributeText.encode(attributes))).isEqualTo(attributes);
        assertThat(AttributeText.decode("not ours at all")).isEmpty();
        assertThat(AttributeText.decode(null)).isEmpty();
    }
}
