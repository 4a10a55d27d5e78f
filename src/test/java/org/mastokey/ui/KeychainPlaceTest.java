package org.mastokey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.KeychainKind;

/** Issue 13 item 8: the keychain is named as people know it, and German names it in German. */
class KeychainPlaceTest {
    @Test
    void everyKeychainIsNamedWithoutBackendJargonAndGermanWithoutEnglish() {
        Texts english = new Texts(Locale.ENGLISH);
        Texts german = new Texts(Locale.GERMAN);
        for (KeychainKind kind : KeychainKind.values()) {
            assertThat(KeychainPlace.in(english, kind)).as(kind.name()).startsWith("in ").doesNotContain("Secret Service");
            assertThat(KeychainPlace.in(german, kind)).as(kind.name())
                    .doesNotContain("Secret Service", "keyring", "Keyring", "Credential", " in the ", " your ");
        }
        assertThat(KeychainPlace.in(english, KeychainKind.GNOME_KEYRING)).isEqualTo("in the GNOME Keyring");
        assertThat(german.get("confirm.save.where", KeychainPlace.in(german, KeychainKind.GNOME_KEYRING)))
                .isEqualTo("Es wird im GNOME-Schlüsselbund aufbewahrt; Skripte holen es mit „mastokey token“.");
    }
}
