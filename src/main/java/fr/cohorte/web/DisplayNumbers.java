package fr.cohorte.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats scores, marks and totals in the reader's language, read by templates as {@code @numbers}:
 * a French reader sees "18,556" where an English reader sees "18.556", never a dot they would take
 * for a thousands separator. Every decimal kept, no trailing zeros, no grouping.
 */
@Component("numbers")
public class DisplayNumbers {

    /** The number in the request's language; "–" for none. */
    public String decimal(BigDecimal value) {
        return decimal(value, LocaleContextHolder.getLocale());
    }

    /** The number in the given language; "–" for none. */
    public static String decimal(BigDecimal value, Locale locale) {
        if (value == null) {
            return "–";
        }
        BigDecimal plain = value.stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale));
        format.setMaximumFractionDigits(Math.max(0, plain.scale()));
        format.setGroupingUsed(false);
        return format.format(plain);
    }
}
