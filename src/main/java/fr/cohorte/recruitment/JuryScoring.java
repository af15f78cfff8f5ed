package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How marks become scores. A juror's score is the weighted mean of their marks, each brought to a
 * scale of 20 (a 4 out of 5 counts as 16); the application's combined score is the plain mean of the
 * scores of the jurors who marked it, so that every juror weighs the same. A juror who declared a
 * conflict of interest has no score.
 */
final class JuryScoring {

    static final BigDecimal SCALE = BigDecimal.valueOf(20);
    private static final int STORED_DECIMALS = 3;

    private JuryScoring() {
    }

    /** The juror's score out of 20, or empty when they declared a conflict or marked nothing yet. */
    static Optional<BigDecimal> ofReview(List<JuryCriterion> criteria, JuryReview review) {
        if (review.isConflict()) {
            return Optional.empty();
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (JuryCriterion criterion : criteria) {
            BigDecimal mark = review.markFor(criterion);
            if (mark != null) {
                BigDecimal outOfTwenty = mark.multiply(SCALE).divide(BigDecimal.valueOf(criterion.getMaximum()), MathContext.DECIMAL64);
                weighted = weighted.add(criterion.getWeight().multiply(outOfTwenty));
                weights = weights.add(criterion.getWeight());
            }
        }
        if (weights.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(weighted.divide(weights, MathContext.DECIMAL64).setScale(STORED_DECIMALS, RoundingMode.HALF_UP));
    }

    static JuryScore combine(List<JuryCriterion> criteria, Collection<JuryReview> reviews) {
        List<BigDecimal> scores = reviews.stream().map(review -> ofReview(criteria, review))
                .flatMap(Optional::stream).toList();
        if (scores.isEmpty()) {
            return JuryScore.NONE;
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(scores.size()), STORED_DECIMALS, RoundingMode.HALF_UP);
        return new JuryScore(mean, scores.stream().min(BigDecimal::compareTo).orElseThrow(),
                scores.stream().max(BigDecimal::compareTo).orElseThrow(), scores.size());
    }
}
