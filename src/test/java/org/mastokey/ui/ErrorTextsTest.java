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
import org.mastokey.server.InvalidServerAddressException;
import org.mastokey.server.ServerAddress;

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

    @Test
    void anAddressThatIsNoAddressIsExplainedInTheUsersLanguage() {
        String tooLong = String.join(".", "a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(63));
        java.util.Set<InvalidServerAddressException.Problem> seen = java.util.EnumSet.noneOf(InvalidServerAddressException.Problem.class);
        for (String typed : java.util.List.of("", "a b", "@alice", "example.com:abc", "https://exa^mple.com", "ftp://example.com",
                "https:///path", "https://alice@example.com", "a@b@c.example", "@@mastodon.social", "al!ce@example.com",
                "alice@example.com/path", "ex[ample.com", "http://example.com", "http://[2001:db8::1]/", "bad_host.example",
                "example", tooLong, "999.1.1.1", "example.com:99999")) {
            InvalidServerAddressException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    InvalidServerAddressException.class, () -> ServerAddress.parse(typed));
            assertThat(e).as(typed).isNotNull();
            seen.add(e.problem());
            assertThat(english.describe(e).replace('“', '"').replace('”', '"').replace('’', '\''))
                    .as("the wizard says what the command line says, for %s", typed).isEqualTo(e.getMessage());
            assertThat(german.describe(e)).as(typed).doesNotContain(" the ", " is ", " not ", "address", "handle", "server name");
        }
        assertThat(seen).containsExactlyInAnyOrder(InvalidServerAddressException.Problem.values());
        assertThat(german.describe(catchAddress("@alice")))
                .isEqualTo("„alice“ ist nur ein Benutzername; füge den Server nach einem zweiten @ an, z. B. @alice@mastodon.social.");
    }

    private static InvalidServerAddressException catchAddress(String typed) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(InvalidServerAddressException.class, () -> ServerAddress.parse(typed));
    }
}
