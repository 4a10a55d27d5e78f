package org.mastokey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.net.NotMastodonCompatible;
import org.mastokey.net.OAuthError;
import org.mastokey.net.UnsupportedServer;

class ErrorTextsTest {
    private final ErrorTexts english = new ErrorTexts(new Texts(Locale.ENGLISH));
    private final ErrorTexts german = new ErrorTexts(new Texts(Locale.GERMAN));

    @Test
    void serviceFailuresBecomeSentencesInTheUsersLanguage() {
        assertThat(english.describe(new NotMastodonCompatible("example.org", "404")))
                .startsWith("No Mastodon-compatible server answers at example.org.");
        assertThat(german.describe(new NotMastodonCompatible("example.org", "404")))
                .startsWith("Unter example.org antwortet kein Mastodon-kompatibler Server.");
        assertThat(english.describe(new UnsupportedServer("mi.example", "misskey")))
                .startsWith("mi.example is a misskey server; Mastokey supports servers with the Mastodon API");
        assertThat(english.describe(new ExecutionException(new OAuthError(400, "invalid_grant", "x"))))
                .contains("did not accept that code");
    }

    @Test
    void unknownFailuresNeverShowAStackTraceOrMessage() {
        String text = english.describe(new IllegalStateException("secret internals at line 42"));
        assertThat(text).isEqualTo("Something went wrong (IllegalStateException). Please try again.");
        assertThat(english.describe(new KeystoreException(KeystoreException.Reason.LOCKED, "x")))
                .isEqualTo("The keychain is locked. Unlock it and try again.");
    }

    @Test
    void aRefusedOrUnaskableKeychainIsNotCalledLocked() {
        for (ErrorTexts texts : List.of(english, german)) {
            String denied = texts.describe(new KeystoreException(KeystoreException.Reason.ACCESS_DENIED, "x"));
            String unaskable = texts.describe(new KeystoreException(KeystoreException.Reason.CONFIRMATION_NEEDED, "x"));
            String locked = texts.describe(new KeystoreException(KeystoreException.Reason.LOCKED, "x"));
            assertThat(Set.of(denied, unaskable, locked)).hasSize(3);
        }
        assertThat(english.describe(new KeystoreException(KeystoreException.Reason.ACCESS_DENIED, "x"))).contains("Allow");
    }
}
