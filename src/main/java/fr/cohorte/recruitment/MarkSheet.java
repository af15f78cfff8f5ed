package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A juror's form for one application: the marks as typed (so that a refused form shows them again),
 * a comment and the conflict-of-interest box; {@link #check} tells, per criterion, what is wrong.
 */
public class MarkSheet {

    private Map<Long, String> marks = new HashMap<>();
    private String comment;
    private boolean conflict;

    /** A mark that is not a number between 0 and the criterion's maximum, named by criterion id. */
    public record MarkError(String messageKey, int maximum) {

        /**
         * A mark to give as an example, within this criterion's range and with a half so that the
         * reader sees how to write a decimal: 12.5 out of 20, 6.5 out of 10, 0.5 out of 1.
         */
        public BigDecimal example() {
            return BigDecimal.valueOf(Math.floor(maximum * 0.6)).add(new BigDecimal("0.5"));
        }
    }

    /** The juror's review as the form shows it again, marks written the reader's way ("12,5" in French). */
    static MarkSheet of(JuryReview review, Locale locale) {
        MarkSheet sheet = new MarkSheet();
        review.getMarks().forEach((criterion, mark) -> sheet.marks.put(criterion, Decimals.show(mark, locale)));
        sheet.comment = review.getComment();
        sheet.conflict = review.isConflict();
        return sheet;
    }

    /** Every criterion needs a mark from 0 to its maximum, unless the juror declares a conflict. */
    Map<Long, MarkError> check(List<JuryCriterion> criteria) {
        Map<Long, MarkError> errors = new LinkedHashMap<>();
        if (conflict) {
            return errors;
        }
        for (JuryCriterion criterion : criteria) {
            String typed = marks.get(criterion.getId());
            if (typed == null || typed.isBlank()) {
                errors.put(criterion.getId(), new MarkError("jury.mark.required", criterion.getMaximum()));
                continue;
            }
            Optional<BigDecimal> mark = Decimals.parse(typed);
            if (mark.isEmpty() || mark.get().compareTo(BigDecimal.valueOf(criterion.getMaximum())) > 0) {
                errors.put(criterion.getId(), new MarkError("jury.mark.range", criterion.getMaximum()));
            }
        }
        return errors;
    }

    /** The marks, once {@link #check} found nothing wrong. */
    Map<Long, BigDecimal> parsed(List<JuryCriterion> criteria) {
        Map<Long, BigDecimal> parsed = new HashMap<>();
        criteria.forEach(criterion -> parsed.put(criterion.getId(), Decimals.parse(marks.get(criterion.getId())).orElseThrow()));
        return parsed;
    }

    String trimmedComment() {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    public Map<Long, String> getMarks() { return marks; }
    public void setMarks(Map<Long, String> marks) { this.marks = marks; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public boolean isConflict() { return conflict; }
    public void setConflict(boolean conflict) { this.conflict = conflict; }
}
