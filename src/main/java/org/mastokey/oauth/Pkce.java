package org.mastokey.oauth;

import org.mastokey.net.Secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** RFC 7636 proof key: a random verifier kept secret, and its S256 challenge sent with the authorize URL. */
public record Pkce(Secret verifier, String challenge) {
    public static final String METHOD = "S256";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** 32 random bytes: a 43-character verifier, the shortest RFC 7636 allows, with 256 bits. */
    public static Pkce generate() {
        return fromVerifier(Secret.of(randomToken(32)));
    }

    public static Pkce fromVerifier(Secret verifier) {
        return new Pkce(verifier, challengeOf(verifier.reveal()));
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** {@code bytes} random bytes as unpadded base64url. */
    public static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    @Override
    public String toString() {
        return "Pkce[verifier=****, challenge=" + challenge + "]";
    }
}
