package org.mastokey.keystore.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CredentialBlobTest {

    @Test
    void readsWhatMastokeyWritesInUtf8() {
        String secret = "pässwörd-\u2603-\uD83D\uDD11";

        assertThat(CredentialBlob.decode(secret.getBytes(StandardCharsets.UTF_8))).isEqualTo(secret);
    }

    @Test
    void readsWhatCmdkeyAndTheControlPanelWriteInUtf16() {
        String token = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0";

        assertThat(CredentialBlob.decode(token.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(token);
        assertThat(CredentialBlob.decode("zoë \u2603".getBytes(StandardCharsets.UTF_16LE))).isEqualTo("zoë \u2603");
    }

    @Test
    void anEmptyBlobIsAnEmptySecretAndGarbageDoesNotThrow() {
        assertThat(CredentialBlob.decode(new byte[0])).isEmpty();
        assertThat(CredentialBlob.decode(new byte[] {(byte) 0xff, 0x00, (byte) 0xd8})).isNotNull();
    }
}
