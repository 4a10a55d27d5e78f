package org.mastokey.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void comparesWholeValuesAndNeverMatchesNull() {
        assertThat(Secret.equalInConstantTime("state-ü", "state-ü")).isTrue();
        assertThat(Secret.equalInConstantTime("state", "state-")).isFalse();
        assertThat(Secret.equalInConstantTime("state", "State")).isFalse();
        assertThat(Secret.equalInConstantTime(null, "state")).isFalse();
        assertThat(Secret.equalInConstantTime("state", null)).isFalse();
        assertThat(Secret.equalInConstantTime(null, null)).as("a missing state never matches a missing one").isFalse();
        assertThat(Secret.equalInConstantTime("", "")).isTrue();
    }

    @Test
    void equalSecretsAreEqualAndNeverShowTheirValue() {
        assertThat(Secret.of("tok")).isEqualTo(Secret.of("tok")).isNotEqualTo(Secret.of("tok2"));
        assertThat(Secret.of("tok").toString()).doesNotContain("tok");
    }
}
