package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The jury's verdict on an application: the mean of the jurors' scores out of 20, with the lowest and
 * the highest of them and how many jurors scored it (those who declared a conflict do not count).
 */
public record JuryScore(BigDecimal combined, BigDecimal lowest, BigDecimal highest, int jurors) {

    static final JuryScore NONE = new JuryScore(null, null, null, 0);

    public boolean isScored() {
        return jurors > 0;
    }

    public String combinedText(Locale locale) {
        return Decimals.show(combined, locale);
    }

    public String lowestText(Locale locale) {
        return Decimals.show(lowest, locale);
    }

    public String highestText(Locale locale) {
        return Decimals.show(highest, locale);
    }
}
