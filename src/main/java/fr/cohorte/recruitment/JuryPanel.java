package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** What staff read of the jury's work on one application: the combined score and each juror's review. */
public record JuryPanel(List<JuryCriterion> criteria, JuryScore score, List<Line> lines) {

    /**
     * One juror's review with their score out of 20 (null when they declared a conflict or marked
     * nothing), and the juror's name as staff read it.
     */
    public record Line(JuryReview review, BigDecimal score, String jurorName) {

        public String markText(JuryCriterion criterion, Locale locale) {
            return Decimals.show(review.markFor(criterion), locale);
        }

        public String scoreText(Locale locale) {
            return Decimals.show(score, locale);
        }
    }
}
