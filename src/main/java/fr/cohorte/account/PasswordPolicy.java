package fr.cohorte.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;

/**
 * What a password must be. Length matters more than character classes (NIST SP 800-63B): at least
 * 12 characters, not the e-mail address, not one of the passwords every attacker tries first.
 * Each broken rule is a {@link Refusal} of its own, so that a form says every one at once, on its field.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "123456789012", "1234567890123", "azertyuiopqs", "qwertyuiopas", "motdepasse123", "motdepasse1234",
            "password1234", "password12345", "passwordpassword", "azertyazerty", "qwertyqwerty", "000000000000",
            "111111111111", "iloveyou1234", "administrateur", "administrator", "cohortecohorte", "bonjour123456",
            "soleil123456", "abcdefghijkl", "azerty123456", "qwerty123456", "welcome12345", "changeme1234");

    /** The refusal of a password, whose arguments are the refusals of each rule it breaks. */
    public static final String REFUSED = "password.refused";

    private PasswordPolicy() {
    }

    /** Refused with every rule the password breaks; nothing when it keeps them all. */
    public static void check(String password, String confirmation, String email) {
        List<String> problems = problems(password, confirmation, email);
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
    }

    /** The refusal of a password for these broken rules, each a message code. */
    static RefusedException refused(List<String> problems) {
        return Refusal.invalid(REFUSED, problems.stream().map(code -> Refusal.invalid(code)).toArray()).exception();
    }

    /** The rules a refused password broke, each a refusal of its own; none for any other refusal. */
    public static List<Refusal> brokenRules(Refusal refusal) {
        if (!refusal.is(REFUSED)) {
            return List.of();
        }
        return refusal.arguments().stream().filter(Refusal.class::isInstance).map(Refusal.class::cast).toList();
    }

    private static List<String> problems(String password, String confirmation, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("password.too-short");
        } else if (password.length() > MAX_LENGTH) {
            problems.add("password.too-long");
        } else if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            problems.add("password.too-common");
        } else if (password.chars().distinct().count() < 5) {
            problems.add("password.too-repetitive");
        } else if (email != null && password.toLowerCase(Locale.ROOT).contains(email.split("@")[0].toLowerCase(Locale.ROOT))
                && email.split("@")[0].length() >= 4) {
            problems.add("password.contains-email");
        }
        if (password != null && !password.equals(confirmation)) {
            problems.add("password.mismatch");
        }
        return problems;
    }
}
