package fr.cohorte.recruitment;

import java.util.Locale;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;
import fr.cohorte.mail.MailOutbox;
import fr.cohorte.session.Enrolment;
import fr.cohorte.session.Session;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The step every selection decision shares: an application gets its outcome, written to the audit trail
 * with the status it had, the selected become participants of the session, and the applicant is told by
 * mail. Callers run it inside their own transaction.
 */
@Component
class ApplicationOutcomes {

    /** Decision mails are French: the applicant's language is not asked on the form. */
    static final Locale MAIL_LOCALE = Locale.FRENCH;

    private final Persons persons;
    private final Enrolment enrolment;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final AuditTrail audit;

    ApplicationOutcomes(Persons persons, Enrolment enrolment, MailOutbox outbox, MessageSource messages, AuditTrail audit) {
        this.persons = persons;
        this.enrolment = enrolment;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
    }

    /** The application is SELECTED, its applicant a participant, and told so. */
    void select(Session session, Application application, String auditCode) {
        decide(session, application, ApplicationStatus.SELECTED, auditCode);
        Person person = persons.findOrCreate(application.getEmail(), application.getGivenName(), application.getFamilyName());
        enrolment.enrol(session, person.getId(), application.getBackground().getId());
        mail(session, application, "selected", 0);
    }

    /** On the waiting list at {@code rank}, and told so. */
    void waitlist(Session session, Application application, int rank, String auditCode) {
        decide(session, application, ApplicationStatus.WAITLISTED, auditCode);
        mail(session, application, "waitlisted", rank);
    }

    /** Not selected, and told so. */
    void turnDown(Session session, Application application, String auditCode) {
        decide(session, application, ApplicationStatus.NOT_SELECTED, auditCode);
        mail(session, application, "not-selected", 0);
    }

    /**
     * A participant a recomposed cohort takes out to keep the quotas: back on the waiting list, no longer a
     * participant of the session, and told why by mail.
     */
    void takeOut(Session session, Application application, String auditCode) {
        decide(session, application, ApplicationStatus.WAITLISTED, auditCode);
        persons.byEmail(application.getEmail()).ifPresent(person -> enrolment.withdraw(session, person.getId()));
        mail(session, application, "taken-out", 0);
    }

    /** The application's new status, written to the audit trail with the one it had. */
    private void decide(Session session, Application application, ApplicationStatus status, String auditCode) {
        ApplicationStatus before = application.getStatus();
        application.decide(status);
        audit.record(AuditAction.UPDATED, "application:" + application.getId(), AuditDetail.of(auditCode,
                application.getFullName(), session.getNumber()).changed("audit.field.application.status",
                "application.status." + before, "application.status." + status));
    }

    private void mail(Session session, Application application, String outcome, int rank) {
        outbox.post(application.getEmail(),
                messages.getMessage("selection.mail.subject", new Object[] {session.getNumber()}, MAIL_LOCALE),
                messages.getMessage("selection.mail." + outcome, new Object[] {application.getFullName(), session.getNumber(),
                        session.getTheme(), rank}, MAIL_LOCALE));
    }
}
