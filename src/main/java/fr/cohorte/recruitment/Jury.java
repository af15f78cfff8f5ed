package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.cohorte.account.LoginNames;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.audit.IdentityPseudonymised;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.recruitment.internal.JuryCriterionRepository;
import fr.cohorte.recruitment.internal.JuryReviewRepository;
import fr.cohorte.session.Session;
import fr.cohorte.web.EditConflicts;
import fr.cohorte.web.ScopedAccess;
import fr.cohorte.web.ScopedRoleHolders;
import fr.cohorte.web.Refusal;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jury of each session: its criteria, its jurors' reviews, and the combined score every change
 * of marks writes back on the application in the same transaction (the selection reads it there).
 * Every change is written to the audit trail: criteria, and each juror's marks and conflicts with
 * their values before and after.
 */
@Service
@Transactional(readOnly = true)
public class Jury {

    /** The role whose holders, scoped to a session's number, are that session's jurors. */
    static final String JUROR_ROLE = ScopedAccess.JURY;

    private static final String CRITERION_FIELDS = "audit.field.jury-criterion.";

    private final JuryCriterionRepository criteria;
    private final JuryReviewRepository reviews;
    private final ApplicationRepository applications;
    private final ScopedRoleHolders roleHolders;
    private final LoginNames names;
    private final AuditTrail audit;
    private final Clock clock;

    /** A criterion as the audit trail compares it before and after a change. */
    private record CriterionDetails(String name, String nameEn, BigDecimal weight, int maximum, int position) {

        static CriterionDetails of(JuryCriterion criterion) {
            return new CriterionDetails(criterion.getName(), criterion.getNameEn(), criterion.getWeight().stripTrailingZeros(),
                    criterion.getMaximum(), criterion.getPosition());
        }
    }

    Jury(JuryCriterionRepository criteria, JuryReviewRepository reviews, ApplicationRepository applications,
         ScopedRoleHolders roleHolders, LoginNames names, AuditTrail audit, Clock clock) {
        this.names = names;
        this.audit = audit;
        this.criteria = criteria;
        this.reviews = reviews;
        this.applications = applications;
        this.roleHolders = roleHolders;
        this.clock = clock;
    }

    public List<JuryCriterion> criteria(Session session) {
        return criteria.findBySessionIdOrderByPositionAscIdAsc(session.getId());
    }

    public Optional<JuryCriterion> criterion(Session session, long id) {
        return criteria.findById(id).filter(criterion -> criterion.getSessionId().equals(session.getId()));
    }

    /** The login addresses of the session's jurors (accounts granted the jury role for its number). */
    public List<String> jurors(Session session) {
        return roleHolders.holding(JUROR_ROLE, session.getNumber());
    }

    /** The name of each of the session's jurors, by login address: pages name jurors, not their addresses. */
    public Map<String, String> jurorNames(Session session) {
        return names.of(jurors(session));
    }

    /** How many applications each juror has reviewed (a declared conflict counts as reviewed). */
    public Map<String, Long> reviewCounts(Session session) {
        Map<String, Long> counts = new HashMap<>();
        reviews.findBySession(session.getId()).forEach(review -> counts.merge(review.getJuror(), 1L, Long::sum));
        return counts;
    }

    @Transactional
    public JuryCriterion addCriterion(Session session, String name, String nameEn, BigDecimal weight, int maximum, int position) {
        JuryCriterion added = criteria.save(new JuryCriterion(session.getId(), name.strip(), nameEn, weight, maximum, position));
        audit.record(AuditAction.CREATED, "jury-criterion:" + added.getId(),
                AuditDetail.of("audit.detail.jury.criterion.added", added.getName(), session.getNumber())
                        .changedFields(CRITERION_FIELDS, null, CriterionDetails.of(added)));
        return added;
    }

    /** The usual three criteria, offered while the session has none. */
    @Transactional
    public void addDefaultCriteria(Session session) {
        if (!criteria(session).isEmpty()) {
            return;
        }
        addCriterion(session, "Parcours", "Background", BigDecimal.ONE, 20, 1);
        addCriterion(session, "Motivation", "Motivation", BigDecimal.ONE, 20, 2);
        addCriterion(session, "Apport au groupe", "Contribution to the group", BigDecimal.ONE, 20, 3);
    }

    /** Changes a criterion and scores every application of the session again; a maximum below a mark given is refused. */
    @Transactional
    public void updateCriterion(JuryCriterion criterion, String name, String nameEn, BigDecimal weight, int maximum, int position) {
        updateCriterion(criterion, criterion.getVersion(), name, nameEn, weight, maximum, position);
    }

    /** Changes the criterion as its form was opened on ({@code seenVersion}): if someone saved it meanwhile, nothing changes. */
    @Transactional
    public void updateCriterion(JuryCriterion criterion, long seenVersion, String name, String nameEn, BigDecimal weight, int maximum,
                                int position) {
        EditConflicts.requireSeen(criterion.getVersion(), seenVersion, JuryCriterion.class, criterion.getId());
        BigDecimal highest = criteria.highestMark(criterion.getId());
        if (highest != null && highest.compareTo(BigDecimal.valueOf(maximum)) > 0) {
            throw Refusal.conflict("jury.criterion.maximum.below-marks", highest.stripTrailingZeros()).exception();
        }
        CriterionDetails before = CriterionDetails.of(criterion);
        criterion.update(name.strip(), nameEn, weight, maximum, position);
        criteria.saveAndFlush(criterion);
        audit.record(AuditAction.UPDATED, "jury-criterion:" + criterion.getId(),
                AuditDetail.of("audit.detail.jury.criterion.updated", criterion.getName())
                        .changedFields(CRITERION_FIELDS, before, CriterionDetails.of(criterion)));
        rescoreSession(criterion.getSessionId());
    }

    /** Removes a criterion nobody has marked yet. */
    @Transactional
    public void removeCriterion(JuryCriterion criterion) {
        long marks = criteria.countMarks(criterion.getId());
        if (marks > 0) {
            throw Refusal.conflict("jury.criterion.remove.has-marks", criterion.getName(), marks).exception();
        }
        criteria.delete(criterion);
        audit.record(AuditAction.DELETED, "jury-criterion:" + criterion.getId(),
                AuditDetail.of("audit.detail.jury.criterion.removed", criterion.getName()));
    }

    public Optional<JuryReview> reviewOf(Application application, String juror) {
        return reviews.findByApplicationIdAndJuror(application.getId(), juror);
    }

    /** The juror's status for each application of the session they reviewed; absent ones are still to do. */
    public Map<Long, MarkStatus> statuses(Session session, String juror) {
        List<JuryCriterion> sessionCriteria = criteria(session);
        Map<Long, MarkStatus> statuses = new HashMap<>();
        reviews.findBySessionAndJuror(session.getId(), juror)
                .forEach(review -> statuses.put(review.getApplicationId(), MarkStatus.of(review, sessionCriteria)));
        return statuses;
    }

    /**
     * Records a juror's marks and comment (or their declared conflict) and the application's new combined score;
     * a withdrawn or anonymised application is no longer scored.
     */
    @Transactional
    public JuryScore review(Application application, String juror, MarkSheet sheet) {
        Application locked = applications.lockById(application.getId()).orElseThrow();
        if (!locked.isToScore()) {
            throw Refusal.conflict("jury.review.not-to-score").exception();
        }
        List<JuryCriterion> sessionCriteria = criteria.findBySessionIdOrderByPositionAscIdAsc(locked.getSessionId());
        if (!sheet.check(sessionCriteria).isEmpty()) {
            throw new IllegalArgumentException("Marks are checked before they are recorded");
        }
        Optional<JuryReview> earlier = reviews.findByApplicationIdAndJuror(locked.getId(), juror);
        boolean wasConflict = earlier.map(JuryReview::isConflict).orElse(false);
        Map<Long, BigDecimal> marksBefore = earlier.map(JuryReview::getMarks).orElse(Map.of());
        String commentBefore = earlier.map(JuryReview::getComment).orElse(null);
        JuryReview review = earlier.orElseGet(() -> new JuryReview(locked.getId(), juror));
        if (sheet.isConflict()) {
            review.declareConflict(sheet.trimmedComment(), clock.instant());
        } else {
            review.mark(sheet.parsed(sessionCriteria), sheet.trimmedComment(), clock.instant());
        }
        reviews.saveAndFlush(review);
        audit.record(AuditAction.UPDATED, "application:" + locked.getId(),
                reviewChange(locked, wasConflict, review, marksBefore, commentBefore, sessionCriteria));
        return rescore(locked, sessionCriteria);
    }

    /**
     * What the juror changed, said as it was: a conflict declared or cleared, or marks given, each
     * criterion's mark (named as staff named the criterion) and the comment before and after.
     */
    private static AuditDetail reviewChange(Application application, boolean wasConflict, JuryReview review,
                                            Map<Long, BigDecimal> marksBefore, String commentBefore, List<JuryCriterion> sessionCriteria) {
        String code = review.isConflict() == wasConflict ? "audit.detail.jury.marked"
                : review.isConflict() ? "audit.detail.jury.conflict-declared" : "audit.detail.jury.conflict-cleared";
        AuditDetail detail = AuditDetail.of(code, application.getFullName());
        for (JuryCriterion criterion : sessionCriteria) {
            detail = detail.changed(criterion.getName(), plain(marksBefore.get(criterion.getId())), plain(review.markFor(criterion)));
        }
        return detail.changed("audit.field.jury.comment", commentBefore, review.getComment());
    }

    private static String plain(BigDecimal mark) {
        return mark == null ? null : mark.stripTrailingZeros().toPlainString();
    }

    public JuryPanel panel(Application application) {
        List<JuryCriterion> sessionCriteria = criteria.findBySessionIdOrderByPositionAscIdAsc(application.getSessionId());
        List<JuryReview> all = reviews.findByApplicationIdOrderByJurorAsc(application.getId());
        Map<String, String> jurorNames = names.of(all.stream().map(JuryReview::getJuror).toList());
        List<JuryPanel.Line> lines = all.stream()
                .map(review -> new JuryPanel.Line(review, JuryScoring.ofReview(sessionCriteria, review).orElse(null),
                        jurorNames.get(review.getJuror())))
                .toList();
        return new JuryPanel(sessionCriteria, JuryScoring.combine(sessionCriteria, all), lines);
    }

    /** The combined score of every application of the session, for lists (no score for those nobody marked). */
    public Map<Long, JuryScore> scores(Session session) {
        List<JuryCriterion> sessionCriteria = criteria(session);
        Map<Long, JuryScore> scores = new HashMap<>();
        reviewsByApplication(session.getId()).forEach((id, its) -> scores.put(id, JuryScoring.combine(sessionCriteria, its)));
        return scores;
    }

    @EventListener
    @Transactional
    void on(IdentityPseudonymised renamed) {
        reviews.renameJuror(renamed.identity(), renamed.pseudonym());
    }

    private void rescoreSession(Long sessionId) {
        List<JuryCriterion> sessionCriteria = criteria.findBySessionIdOrderByPositionAscIdAsc(sessionId);
        reviewsByApplication(sessionId).forEach((id, its) -> applications.findById(id)
                .ifPresent(application -> application.recordJuryScore(JuryScoring.combine(sessionCriteria, its).combined())));
    }

    private Map<Long, List<JuryReview>> reviewsByApplication(Long sessionId) {
        return reviews.findBySession(sessionId).stream().collect(Collectors.groupingBy(JuryReview::getApplicationId));
    }

    private JuryScore rescore(Application application, List<JuryCriterion> sessionCriteria) {
        JuryScore score = JuryScoring.combine(sessionCriteria, reviews.findByApplicationIdOrderByJurorAsc(application.getId()));
        application.recordJuryScore(score.combined());
        return score;
    }
}
