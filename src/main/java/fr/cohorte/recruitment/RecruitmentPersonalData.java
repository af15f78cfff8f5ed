package fr.cohorte.recruitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.account.LoginNames;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.audit.IdentityPseudonymised;
import fr.cohorte.directory.PersonErased;
import fr.cohorte.directory.PersonalDataRows;
import fr.cohorte.directory.PersonalDataSource;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.recruitment.internal.CurriculumVitaeRepository;
import fr.cohorte.recruitment.internal.JuryReviewRepository;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What recruitment holds about a person: the applications sent with their address, the reviews they
 * wrote as a juror, and the selections and imports they ran as staff. An erased person's applications
 * are anonymised as the retention period would (CV deleted, jurors' comments on them cleared, the audit
 * trail's details about them, which name them, forgotten); as a
 * juror or staff member, their login address gives way to their account's pseudonym, as in the audit
 * trail, when the account module announces it.
 */
@Component
class RecruitmentPersonalData implements PersonalDataSource {

    private final Persons persons;
    private final LoginNames logins;
    private final ApplicationRepository applications;
    private final CurriculumVitaeRepository cvs;
    private final JuryReviewRepository reviews;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    RecruitmentPersonalData(Persons persons, LoginNames logins, ApplicationRepository applications, CurriculumVitaeRepository cvs,
                            JuryReviewRepository reviews, EntityManager entityManager, AuditTrail audit, java.time.Clock clock) {
        this.audit = audit;
        this.persons = persons;
        this.logins = logins;
        this.applications = applications;
        this.cvs = cvs;
        this.reviews = reviews;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "recruitment";
    }

    @Override
    public Set<String> tables() {
        return Set.of("application", "jury_review", "selection_run", "selection_vacancy");
    }

    @Override
    public List<Map<String, Object>> about(Long personId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        email(personId).ifPresent(email -> rows.addAll(rows("""
                select 'APPLICATION' as kind, s.number as session, a.status, a.submitted_at, a.civility, a.given_name, a.family_name,
                       a.email, a.phone, a.organisation, a.position_title, a.sector, a.region, a.gender, a.motivation,
                       a.keep_for_later, a.consented_at, a.withdrawn_at, cv.filename as cv
                from application a join session s on s.id = a.session_id left join application_cv cv on cv.application_id = a.id
                where lower(a.email) = lower(:who) and a.anonymised_at is null order by a.submitted_at""", email)));
        logins.loginOf(personId).ifPresent(login -> {
            rows.addAll(rows("""
                    select 'JURY_REVIEW' as kind, s.number as session, r.application_id, r.conflict, r.comment, r.updated_at,
                           (select string_agg(c.name || ' ' || m.mark, '; ' order by c.position)
                            from jury_mark m join jury_criterion c on c.id = m.criterion_id where m.review_id = r.id) as marks
                    from jury_review r join application a on a.id = r.application_id join session s on s.id = a.session_id
                    where r.juror = :who order by r.updated_at""", login));
            rows.addAll(rows("""
                    select case when r.run_by = :who then 'SELECTION_RUN' else 'SELECTION_CONFIRMED' end as kind, s.number as session,
                           coalesce(r.confirmed_at, r.run_at) as at
                    from selection_run r join session s on s.id = r.session_id
                    where r.run_by = :who or r.confirmed_by = :who order by r.run_at""", login));
            rows.addAll(rows("""
                    select 'SEAT_FILLED' as kind, s.number as session, v.filled_at as at
                    from selection_vacancy v join session s on s.id = v.session_id where v.filled_by = :who order by v.filled_at""", login));
            rows.addAll(rows("""
                    select 'SEAT_LEFT_EMPTY' as kind, s.number as session, v.left_empty_at as at
                    from selection_vacancy v join session s on s.id = v.session_id where v.left_empty_by = :who order by v.left_empty_at""", login));
            rows.addAll(rows("""
                    select 'APPLICATION_IMPORTED' as kind, s.number as session, a.submitted_at as at
                    from application a join session s on s.id = a.session_id where a.imported_by = :who order by a.submitted_at""", login));
        });
        return rows;
    }

    /** Their applications are anonymised in the erasing transaction: a failure here undoes the whole erasure. */
    @EventListener
    void on(PersonErased erased) {
        email(erased.personId()).ifPresent(email -> {
            List<Application> theirs = entityManager.createQuery("""
                    select a from Application a where lower(a.email) = lower(:email) and a.anonymisedAt is null""", Application.class)
                    .setParameter("email", email).getResultList();
            for (Application application : theirs) {
                application.anonymise(clock.instant());
                applications.flush();
                cvs.findById(application.getId()).ifPresent(cvs::delete);
                reviews.clearComments(application.getId());
                audit.forgetDetailsAbout("application:" + application.getId());
            }
        });
    }

    /** A staff member's login address, erased with their account, is no longer kept as who ran, confirmed, filled or imported. */
    @EventListener
    void on(IdentityPseudonymised renamed) {
        for (String sql : List.of(
                "update selection_run set run_by = :pseudonym where run_by = :identity",
                "update selection_run set confirmed_by = :pseudonym where confirmed_by = :identity",
                "update selection_vacancy set filled_by = :pseudonym where filled_by = :identity",
                "update selection_vacancy set left_empty_by = :pseudonym where left_empty_by = :identity",
                "update application set imported_by = :pseudonym where imported_by = :identity")) {
            entityManager.createNativeQuery(sql).setParameter("pseudonym", renamed.pseudonym())
                    .setParameter("identity", renamed.identity()).executeUpdate();
        }
    }

    private Optional<String> email(Long personId) {
        return persons.byId(personId).map(Person::getEmail).filter(email -> !email.isBlank());
    }

    private List<Map<String, Object>> rows(String sql, String who) {
        return PersonalDataRows.of(entityManager, sql, Map.of("who", who));
    }
}
