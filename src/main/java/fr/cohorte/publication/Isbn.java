package fr.cohorte.publication;

/**
 * ISBN-13, as printed on the copyright page: typed with or without hyphens or spaces, checked with
 * its last digit (weights 1 and 3 alternating, the total a multiple of 10).
 */
public final class Isbn {

    private Isbn() {
    }

    public static boolean isValid(String typed) {
        String digits = digits(typed);
        if (!digits.matches("97[89]\\d{10}") || !typed.strip().matches("[0-9][0-9 -]*[0-9]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }

    /** The ISBN as it is stored and printed: the hyphens the person typed, spaces read as hyphens. */
    public static String printed(String typed) {
        return typed.strip().replace(' ', '-');
    }

    /** Whether two typed ISBNs are the same number, however they are hyphenated. */
    public static boolean same(String one, String other) {
        return digits(one).equals(digits(other));
    }

    private static String digits(String typed) {
        return typed == null ? "" : typed.replaceAll("[ -]", "");
    }
}
