package org.mastokey.account.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The format "Import…" reads a picked file as, told by its content alone. */
class PlaintextFormatTest {
    @Test
    void jsonIsTootsAssignmentsAreADotEnvAndBareLinesAreMastodonPys() {
        assertThat(PlaintextFormat.detect("\n {\"apps\": {}, \"users\": {}}")).isEqualTo(PlaintextFormat.TOOT);
        assertThat(PlaintextFormat.detect("# bot\nexport MASTODON_ACCESS_TOKEN=abc\n")).isEqualTo(PlaintextFormat.ENV);
        assertThat(PlaintextFormat.detect("abcDEF123\nhttps://example.social\nclientid\nsecret\n"))
                .isEqualTo(PlaintextFormat.MASTODON_PY);
        assertThat(PlaintextFormat.detect("abcDEF123=\n")).as("a token ending in = is no assignment of a name")
                .isEqualTo(PlaintextFormat.MASTODON_PY);
    }

    @Test
    void namesAreTheCommandLinesCaseInsensitively() {
        assertThat(PlaintextFormat.named("Mastodon.py")).contains(PlaintextFormat.MASTODON_PY);
        assertThat(PlaintextFormat.named("keepass")).isEmpty();
    }
}
