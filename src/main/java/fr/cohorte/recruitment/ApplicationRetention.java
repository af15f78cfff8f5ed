package fr.cohorte.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Persons;
import fr.cohorte.mail.MailOutbox;
import fr.cohorte.recruitment.internal.ApplicationCallRepository;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.recruitment.internal.CurriculumVitaeRepository;
import fr.cohorte.recruitment.internal.JuryReviewRepository;
import fr.cohorte.session.SessionCatalogue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the promise of the consent text: once a session's selection has been confirmed for the
 * retention period, the applications of the people not selected are anonymised, their CV, the jurors' comments and the
 * mails sent to them deleted,
 * unless they asked to be kept for a later session. Selected applicants become participants and are
 * never touched. Running it again changes nothing.
 */
@Component
public class ApplicationRetention {

    /** Not selected: turned down, waiting in vain, withdrawn, or never decided on when the cohort was confirmed. */
    static final Set<ApplicationStatus> NOT_SELECTED = EnumSet.of(ApplicationStatus.WAITLISTED,
            ApplicationStatus.NOT_SELECTED, ApplicationStatus.WITHDRAWN, ApplicationStatus.SUBMITTED);

    static final String ACTOR = "retention-job";

    private final ApplicationCallRepository calls;
    private final ApplicationRepository applications;
    private final CurriculumVitaeRepository cvs;
    private final JuryReviewRepository reviews;
    private final SessionCatalogue sessions;
    private final ApplicationProperties properties;
    private final AuditTrail audit;
    private final Persons persons;
    private final MailOutbox outbox;
    private final Clock clock;

    ApplicationRetention(ApplicationCallRepository calls, ApplicationRepository applications, CurriculumVitaeRepository cvs,
                         JuryReviewRepository reviews, SessionCatalogue sessions, ApplicationProperties properties, AuditTrail audit,
                         Persons persons, MailOutbox outbox, Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.cvs = cvs;
        this.reviews = reviews;
        this.sessions = sessions;
        this.properties = properties;
        this.audit = audit;
        this.persons = persons;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(cron = "${cohorte.application.retention-cron:0 30 3 * * *}", zone = "${cohorte.display.time-zone:Europe/Paris}")
    public void runDaily() {
        anonymiseDue(clock.instant());
    }

    /** Anonymises what is due at {@code now}, records the run in the audit trail, and says how many were anonymised. */
    @Transactional
    public int anonymiseDue(Instant now) {
        int total = 0;
        List<String> perSession = new ArrayList<>();
        for (ApplicationCall call : calls.findBySelectionConfirmedAtIsNotNull()) {
            Instant due = call.getSelectionConfirmedAt().atZone(ZoneOffset.UTC).plusMonths(properties.retentionMonths()).toInstant();
            if (now.isBefore(due)) {
                continue;
            }
            List<Application> expired = applications.dueForAnonymisation(call.getSessionId(), NOT_SELECTED);
            for (Application application : expired) {
                String email = application.getEmail();
                application.anonymise(now);
                applications.flush();
                cvs.deleteById(application.getId());
                reviews.clearComments(application.getId());
                audit.forgetDetailsAbout("application:" + application.getId());
                forgetMails(email);
            }
            if (!expired.isEmpty()) {
                total += expired.size();
                perSession.add(sessionNumber(call) + " (" + expired.size() + ")");
            }
        }
        audit.record(ACTOR, AuditAction.ANONYMISED, "applications", AuditDetail.of(perSession.isEmpty()
                ? "audit.detail.applications.anonymised.none" : "audit.detail.applications.anonymised",
                total, properties.retentionMonths(), String.join(", ", perSession)));
        return total;
    }

    /**
     * The mails sent to an anonymised applicant (acknowledgement, decision, withdrawal) name them: they go
     * too, unless the address still belongs to somebody Cohorte keeps (a person of the directory, or
     * another application not anonymised), whose mails they may be.
     */
    private void forgetMails(String email) {
        if (persons.byEmail(email).isEmpty() && !applications.existsByEmailIgnoreCaseAndAnonymisedAtIsNull(email)) {
            outbox.forget(email);
        }
    }

    private String sessionNumber(ApplicationCall call) {
        return sessions.byId(call.getSessionId()).map(s -> String.valueOf(s.getNumber())).orElse("#" + call.getSessionId());
    }
}
