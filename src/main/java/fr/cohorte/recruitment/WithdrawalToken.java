package fr.cohorte.recruitment;

import java.security.SecureRandom;
import java.util.Base64;

/** The secret of a withdrawal link: 256 random bits, URL-safe, so that nobody guesses another's link. */
final class WithdrawalToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WithdrawalToken() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
