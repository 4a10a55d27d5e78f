package org.mastokey.keystore.windows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The secret of a credential. Mastokey writes UTF-8; cmdkey, the Control Panel and most other
 * programs (git-credential-wincred among them) write UTF-16LE, so both are read.
 */
final class CredentialBlob {
    private CredentialBlob() {
    }

    /**
     * UTF-8 when the bytes are valid UTF-8 without NUL characters (a UTF-16LE text of Latin letters has
     * a NUL in every other byte); otherwise UTF-16LE when they are valid UTF-16LE; otherwise UTF-8 with
     * replacement characters.
     */
    static String decode(byte[] blob) {
        Optional<String> utf8 = strictly(blob, StandardCharsets.UTF_8).filter(text -> text.indexOf('\0') < 0);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        if (blob.length % 2 == 0) {
            Optional<String> utf16 = strictly(blob, StandardCharsets.UTF_16LE);
            if (utf16.isPresent()) {
                return utf16.get();
            }
        }
        return new String(blob, StandardCharsets.UTF_8);
    }

    private static Optional<String> strictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
