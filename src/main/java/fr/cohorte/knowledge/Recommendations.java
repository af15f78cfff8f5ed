package fr.cohorte.knowledge;

import java.time.Clock;
import java.util.List;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.knowledge.internal.PracticeRepository;
import fr.cohorte.knowledge.internal.RecommendationRepository;
import fr.cohorte.web.EditConflicts;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's recommendations: staff and the session's coordinators write and publish them; the
 * public reads published ones.
 */
@Service
public class Recommendations {

    /** The refusal of a recommendation that does not exist, or that the reader may not see: both look the same. */
    public static final String NOT_FOUND = "recommendation.refused.not-found";

    private final RecommendationRepository recommendations;
    private final PracticeRepository practices;
    private final PracticeEditors editors;
    private final AuditTrail audit;
    private final Clock clock;

    Recommendations(RecommendationRepository recommendations, PracticeRepository practices, PracticeEditors editors,
                    AuditTrail audit, Clock clock) {
        this.recommendations = recommendations;
        this.practices = practices;
        this.editors = editors;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(RecommendationDetails details) {
        editors.checkMayEdit(details.sessionNumber());
        Recommendation recommendation = new Recommendation(clock.instant());
        describe(recommendation, details);
        recommendation = recommendations.save(recommendation);
        audit.record(AuditAction.CREATED, "recommendation:" + recommendation.getId(), AuditDetail.of("audit.detail.recommendation.created",
                recommendation.getTitle()));
        return recommendation.getId();
    }

    @Transactional
    public void update(long id, long seenVersion, RecommendationDetails details) {
        Recommendation recommendation = editable(id);
        editors.checkMayEdit(details.sessionNumber());
        EditConflicts.requireSeen(recommendation.getVersion(), seenVersion, Recommendation.class, id);
        describe(recommendation, details);
        audit.record(AuditAction.UPDATED, "recommendation:" + id, AuditDetail.of("audit.detail.recommendation.updated", recommendation.getTitle()));
    }

    @Transactional
    public void changeStatus(long id, RecommendationStatus status) {
        Recommendation recommendation = editable(id);
        RecommendationStatus before = recommendation.getStatus();
        recommendation.changeStatus(status, clock.instant());
        audit.record(AuditAction.UPDATED, "recommendation:" + id, AuditDetail.of("audit.detail.recommendation.status", recommendation.getTitle())
                .changed("audit.field.recommendation.status", "recommendation.status." + before, "recommendation.status." + status));
    }

    /** Records which chapter carries a recommendation (the publication module calls this when a chapter embeds it). */
    @Transactional
    public void carriedBy(long id, Long chapterId) {
        Recommendation recommendation = editable(id);
        recommendation.carriedBy(chapterId, clock.instant());
        audit.record(AuditAction.UPDATED, "recommendation:" + id, AuditDetail.of(chapterId == null
                ? "audit.detail.recommendation.no-longer-carried" : "audit.detail.recommendation.carried-by", recommendation.getTitle(), chapterId));
    }

    @Transactional(readOnly = true)
    public Recommendation visible(long id) {
        Recommendation recommendation = recommendations.findById(id).orElseThrow(() -> Refusal.notFound(Recommendations.NOT_FOUND, id).exception());
        if (!recommendation.isPublished() && !editors.mayEdit(recommendation.getSessionNumber())) {
            throw Refusal.notFound(Recommendations.NOT_FOUND, id).exception();
        }
        return recommendation;
    }

    /** A published recommendation, for a card in a chapter; empty when it is not published. */
    @Transactional(readOnly = true)
    public java.util.Optional<Recommendation> published(long id) {
        return recommendations.findById(id).filter(Recommendation::isPublished);
    }

    @Transactional(readOnly = true)
    public Recommendation editable(long id) {
        editors.checkMayEditSome();
        Recommendation recommendation = recommendations.findById(id).orElseThrow(() -> Refusal.notFound(Recommendations.NOT_FOUND, id).exception());
        editors.checkMayEdit(recommendation.getSessionNumber());
        return recommendation;
    }

    public boolean mayEdit(Recommendation recommendation) {
        return editors.mayEdit(recommendation.getSessionNumber());
    }

    @Transactional(readOnly = true)
    public List<Recommendation> allPublished() {
        return recommendations.findByStatusOrderByTitle(RecommendationStatus.PUBLISHED);
    }

    @Transactional(readOnly = true)
    public List<Recommendation> editableByMe() {
        editors.checkMayEditSome();
        return editors.isStaff() ? recommendations.findAllByOrderByUpdatedAtDescIdDesc()
                : recommendations.findBySessions(editors.coordinatedSessions());
    }

    /** The recommendations resting on a practice that the person logged in may read. */
    @Transactional(readOnly = true)
    public List<Recommendation> restingOn(long practiceId) {
        return recommendations.findResting(practiceId).stream()
                .filter(r -> r.isPublished() || editors.mayEdit(r.getSessionNumber())).toList();
    }

    private void describe(Recommendation recommendation, RecommendationDetails details) {
        if (details.title() == null || details.title().isBlank()) {
            throw Refusal.invalid("field.required").on("title").exception();
        }
        if (details.title().strip().length() > 300) {
            throw Refusal.invalid("field.too-long").on("title").exception();
        }
        if (details.text() == null || details.text().isBlank()) {
            throw Refusal.invalid("field.required").on("text").exception();
        }
        if (details.addressees().isEmpty()) {
            throw Refusal.invalid("recommendation.addressees.required").on("addressees").exception();
        }
        if (practices.findAllById(details.practiceIds()).size() != details.practiceIds().size()) {
            throw Refusal.invalid("recommendation.practice.unknown").on("practiceIds").exception();
        }
        recommendation.describe(details, clock.instant());
    }
}
