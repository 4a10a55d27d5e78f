package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mastokey.keystore.TestKeyringGate.Decision;

class TestKeyringGateTest {

    @Test
    void offLinuxSecretServiceTestsSkipEvenOnCi() {
        assertThat(TestKeyringGate.decide(false, false, true)).isEqualTo(Decision.SKIP_NOT_LINUX);
        assertThat(TestKeyringGate.decide(false, true, true)).isEqualTo(Decision.SKIP_NOT_LINUX);
    }

    @Test
    void onLinuxAMissingKeyringFailsCiAndSkipsADeveloperRun() {
        assertThat(TestKeyringGate.decide(true, true, true)).isEqualTo(Decision.RUN);
        assertThat(TestKeyringGate.decide(true, false, true)).isEqualTo(Decision.FAIL_NO_KEYRING_ON_CI);
        assertThat(TestKeyringGate.decide(true, false, false)).isEqualTo(Decision.SKIP_NO_KEYRING);
    }
}
