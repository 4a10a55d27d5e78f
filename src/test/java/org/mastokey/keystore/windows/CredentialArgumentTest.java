package org.mastokey.keystore.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Memory;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The native argument of CredWriteW must stay valid for as long as the argument object lives: JNA
 * frees native memory when the Java object that owns it is collected, and Windows reads every pointer
 * inside the structure. This runs anywhere JNA runs; it needs no Advapi32.
 */
class CredentialArgumentTest {
    private static final int ROUNDS = 20;

    @Test
    void keywordsAndValuesSurviveGarbageCollectionWhileTheArgumentLives() {
        List<byte[]> values = List.of("scopes=read".getBytes(StandardCharsets.UTF_8),
                "server=https%3A%2F%2Fmastodon.test".getBytes(StandardCharsets.UTF_8), new byte[] {'x'});
        try (CredentialArgument argument = CredentialArgument.build("org.mastokey.token:alice@mastodon.test",
                "alice@mastodon.test", "label", "secret".getBytes(StandardCharsets.UTF_8), values)) {
            for (int round = 0; round < ROUNDS; round++) {
                collectGarbageAndReuseFreedMemory();
                CredApi.Credential seen = new CredApi.Credential(argument.credential.getPointer());
                assertThat(seen.AttributeCount).isEqualTo(values.size());
                assertThat(seen.TargetName.toString()).isEqualTo("org.mastokey.token:alice@mastodon.test");
                assertThat(seen.UserName.toString()).isEqualTo("alice@mastodon.test");
                assertThat(seen.Comment.toString()).isEqualTo("label");
                assertThat(new String(seen.CredentialBlob.getByteArray(0, seen.CredentialBlobSize), StandardCharsets.UTF_8))
                        .isEqualTo("secret");
                int size = new CredApi.Attribute().size();
                for (int i = 0; i < values.size(); i++) {
                    CredApi.Attribute attribute = new CredApi.Attribute(seen.Attributes.share((long) i * size));
                    assertThat(attribute.Keyword.toString()).as("keyword %d after %d collections", i, round + 1)
                            .isEqualTo(CredentialNames.keyword(i));
                    assertThat(attribute.Value.getByteArray(0, attribute.ValueSize)).isEqualTo(values.get(i));
                }
            }
        }
    }

    @Test
    void closingOverwritesTheNativeCopyOfTheSecret() {
        CredentialArgument argument = CredentialArgument.build("t", "u", "c", "secret".getBytes(StandardCharsets.UTF_8), List.of());
        argument.close();

        assertThat(argument.credential.CredentialBlob.getByteArray(0, 6)).containsOnly(0);
    }

    /**
     * One full collection, proven by a weakly held object that is cleared only when the collector ran,
     * then native blocks of the sizes the strings above had, filled with a pattern, so that memory freed
     * too early would now hold something else.
     */
    private static void collectGarbageAndReuseFreedMemory() {
        WeakReference<Object> probe = new WeakReference<>(new Object());
        List<byte[]> pressure = new ArrayList<>();
        while (probe.get() != null) {
            pressure.add(new byte[1 << 16]);
            if (pressure.size() > 256) {
                pressure.clear();
            }
            System.gc();
        }
        List<Memory> reuse = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Memory block = new Memory(16 + (i % 96) * 2L);
            block.setMemory(0, block.size(), (byte) 0x41);
            reuse.add(block);
        }
        assertThat(reuse).hasSize(2_000);
    }
}
