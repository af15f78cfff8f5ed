package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.cohorte.web.DisplayNumbers;

/** Marks and weights as people type and read them: a comma or a dot, at most two decimals. */
final class Decimals {

    private static final Pattern TYPED = Pattern.compile("\\d{1,4}([.,]\\d{1,2})?");

    private Decimals() {
    }

    /** The number typed, or empty when it is not one (a French "12,5" and an English "12.5" both are). */
    static Optional<BigDecimal> parse(String typed) {
        if (typed == null || !TYPED.matcher(typed.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(typed.strip().replace(',', '.')));
    }

    /** "14,5" in French, "14.5" in English; no trailing zeros, at most two decimals. */
    static String show(BigDecimal value, Locale locale) {
        if (value == null) {
            return "–";
        }
        return DisplayNumbers.decimal(value.setScale(2, RoundingMode.HALF_EVEN), locale);
    }
}
