package fr.cohorte.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of links and tokens given to people (access tokens, account links, calendar feeds,
 * withdrawal links), and the hash kept of them instead, so that a leaked table opens nothing. Every
 * module that gives out a secret uses this one, and the migrations that hashed secrets already
 * stored compute the same hash in SQL: {@code encode(sha256(convert_to(token, 'UTF8')), 'hex')}.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** 256 random bits, URL-safe: nobody guesses another's. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the token's UTF-8 bytes, in lowercase hex. The tokens carry 256 bits, so a fast hash is enough. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
