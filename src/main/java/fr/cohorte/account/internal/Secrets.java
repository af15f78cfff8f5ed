package fr.cohorte.account.internal;

import java.security.SecureRandom;

/** Passwords generated for people to read and type; the secrets of links and tokens are {@link fr.cohorte.web.SecretTokens}. */
public final class Secrets {

    private static final SecureRandom random = new SecureRandom();

    private Secrets() {
    }

    /** A readable one-time password: 20 characters from an alphabet without look-alikes. */
    public static String newPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
