package fr.cohorte.directory;

/**
 * SIREN (9 digits) and SIRET (14 digits) numbers of the French company register, checked with the
 * Luhn key INSEE uses. La Poste's establishments (SIREN 356000000) follow their own rule: the sum
 * of the SIRET's digits is a multiple of 5.
 */
public final class CompanyNumbers {

    private static final String LA_POSTE = "356000000";

    private CompanyNumbers() {
    }

    public static boolean isValidSiren(String siren) {
        return siren != null && siren.matches("\\d{9}") && luhn(siren);
    }

    public static boolean isValidSiret(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE) && !siret.equals("35600000000048")) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(siret);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
