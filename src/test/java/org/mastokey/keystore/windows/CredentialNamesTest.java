package org.mastokey.keystore.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.SecretStore.SecretKey;

class CredentialNamesTest {

    @Test
    void accountsThatDifferOnlyInCaseShareOneTargetName() {
        SecretKey upper = new SecretKey("org.mastokey.token", "Alice@Mastodon.Social");
        SecretKey lower = new SecretKey("org.mastokey.token", "alice@mastodon.social");

        assertThat(CredentialNames.target(upper)).isEqualTo(CredentialNames.target(lower))
                .isEqualTo("org.mastokey.token:alice@mastodon.social");
    }

    @Test
    void listingReportsTheSpellingOfTheUserNameAndIgnoresOtherServices() {
        assertThat(CredentialNames.accountOf("org.mastokey.token", "org.mastokey.token:alice@mastodon.social",
                "Alice@Mastodon.Social")).contains("Alice@Mastodon.Social");
        assertThat(CredentialNames.accountOf("org.mastokey.token", "ORG.MASTOKEY.TOKEN:bob@x.test", "someone else"))
                .contains("bob@x.test");
        assertThat(CredentialNames.accountOf("org.mastokey.token", "org.mastokey.token:", "u")).isEmpty();
        assertThat(CredentialNames.accountOf("org.mastokey.token", "org.mastokey.tokens:bob@x.test", "u")).isEmpty();
        assertThat(CredentialNames.accountOf("org.mastokey.token", "git:https://github.com", "u")).isEmpty();
        assertThat(CredentialNames.accountOf("org.mastokey.token", null, null)).isEmpty();
    }

    @Test
    void keywordsHaveTheDocumentedCompanyUnderscoreNameForm() {
        assertThat(CredentialNames.keyword(0)).isEqualTo("Mastokey_Attributes_0").matches("[A-Za-z]+_[A-Za-z0-9_]+");
        assertThat(CredentialNames.keyword(63).length()).isLessThan(CredApi.CRED_MAX_STRING_LENGTH);
    }

    @Test
    void attributesWrittenUnderTheOldKeywordsAreStillRead() {
        Map<String, byte[]> old = new LinkedHashMap<>();
        old.put(CredentialNames.OLD_KEYWORD + "1", "d=2".getBytes(StandardCharsets.UTF_8));
        old.put(CredentialNames.OLD_KEYWORD + "0", "c=1&".getBytes(StandardCharsets.UTF_8));
        old.put("Other_Keyword", "x=y".getBytes(StandardCharsets.UTF_8));

        assertThat(WindowsCredentialStore.join(old)).isEqualTo("c=1&d=2");
    }

    @Test
    void todaysKeywordsWinOverLeftoversUnderTheOldOnes() {
        Map<String, byte[]> both = new LinkedHashMap<>();
        both.put(CredentialNames.OLD_KEYWORD + "0", "old=1".getBytes(StandardCharsets.UTF_8));
        both.put(CredentialNames.keyword(0), "new=1".getBytes(StandardCharsets.UTF_8));
        both.put(CredentialNames.KEYWORD + "x", "junk".getBytes(StandardCharsets.UTF_8));

        assertThat(WindowsCredentialStore.join(both)).isEqualTo("new=1");
    }

    @Test
    void aLongLabelIsCutWithoutSplittingACharacter() {
        String key = "\uD83D\uDD11"; // one code point, two UTF-16 units
        String label = "a".repeat(CredentialNames.MAX_COMMENT_UNITS - 1) + key + "tail";

        String comment = CredentialNames.comment(label);

        assertThat(comment).isEqualTo("a".repeat(CredentialNames.MAX_COMMENT_UNITS - 1));
        assertThat(CredentialNames.comment("b".repeat(300))).hasSize(CredentialNames.MAX_COMMENT_UNITS);
        assertThat(CredentialNames.comment(key.repeat(200))).isEqualTo(key.repeat(127));
        assertThat(CredentialNames.comment("short " + key)).isEqualTo("short " + key);
    }
}
