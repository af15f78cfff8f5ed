package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

/**
 * One juror's review of one application: a mark per criterion and a comment, or a declared conflict
 * of interest, in which case the juror gives no mark and takes no part in the application's score.
 */
@Entity
public class JuryReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;
    private String juror;
    private boolean conflict;
    private String comment;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "jury_mark", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "mark")
    private Map<Long, BigDecimal> marks = new HashMap<>();

    @Version
    private long version;

    protected JuryReview() {
    }

    JuryReview(Long applicationId, String juror) {
        this.applicationId = applicationId;
        this.juror = juror;
    }

    void mark(Map<Long, BigDecimal> marks, String comment, Instant now) {
        this.conflict = false;
        this.marks.clear();
        this.marks.putAll(marks);
        this.comment = comment;
        this.updatedAt = now;
    }

    /** The juror knows the applicant or their organisation: their marks go, their comment stays. */
    void declareConflict(String comment, Instant now) {
        this.conflict = true;
        this.marks.clear();
        this.comment = comment;
        this.updatedAt = now;
    }

    void renameJuror(String pseudonym) {
        this.juror = pseudonym;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getJuror() { return juror; }
    public boolean isConflict() { return conflict; }
    public String getComment() { return comment; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Map<Long, BigDecimal> getMarks() { return Map.copyOf(marks); }

    public BigDecimal markFor(JuryCriterion criterion) {
        return marks.get(criterion.getId());
    }
}
