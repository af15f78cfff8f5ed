package fr.cohorte.recruitment;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.mail.MailOutbox;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.SecretTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant takes their application back through the secret link of their acknowledgement, or staff do it on
 * their behalf (see {@link WithdrawParticipant#withdraw}). Every
 * withdrawal publishes {@link ApplicationWithdrawn}, confirms it by mail and is written to the audit trail, in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationWithdrawal {

    /** The application a link leads to, with its session, and whether it was withdrawn before this request. */
    public record Request(Application application, Session session, boolean alreadyWithdrawn) {
    }

    private final ApplicationRepository applications;
    private final SessionCatalogue sessions;
    private final ApplicationEventPublisher events;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    ApplicationWithdrawal(ApplicationRepository applications, SessionCatalogue sessions, ApplicationEventPublisher events,
                          MailOutbox outbox, MessageSource messages, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.applications = applications;
        this.sessions = sessions;
        this.events = events;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    /** The application of a link; empty for a link that never existed or whose application was anonymised. */
    public Optional<Request> byToken(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return applications.findByWithdrawalTokenHash(SecretTokens.hash(token))
                .flatMap(application -> sessions.byId(application.getSessionId()).map(session -> new Request(application, session,
                        application.getStatus() == ApplicationStatus.WITHDRAWN)));
    }

    /**
     * Withdraws the application of the link, unless it already is; empty for an unknown link. The row is
     * locked before it is read, so that two clicks at once withdraw it (and mail the applicant) once.
     */
    @Transactional
    public Optional<Request> withdraw(String token, Locale locale) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        Optional<Request> request = applications.lockByWithdrawalTokenHash(SecretTokens.hash(token))
                .flatMap(application -> sessions.byId(application.getSessionId()).map(session -> new Request(application, session,
                        application.getStatus() == ApplicationStatus.WITHDRAWN)));
        request.filter(r -> !r.alreadyWithdrawn()).ifPresent(r -> withdraw(r.application(), r.session(), locale, false));
        return request;
    }

    /** Withdraws an application still in the running, whoever asks: the applicant's link or staff on their behalf. */
    void withdraw(Application application, Session session, Locale locale, boolean byStaff) {
        ApplicationStatus previous = application.getStatus();
        application.withdraw(clock.instant());
        applications.save(application);
        audit.record(AuditAction.UPDATED, "application:" + application.getId(), AuditDetail.of(byStaff
                        ? "audit.detail.application.withdrawn-by-staff" : "audit.detail.application.withdrawn-by-applicant",
                application.getFullName(), session.getNumber()).changed("audit.field.application.status",
                "application.status." + previous, "application.status." + application.getStatus()));
        events.publishEvent(new ApplicationWithdrawn(application.getId(), session.getId(), previous, byStaff));
        outbox.post(application.getEmail(),
                messages.getMessage("withdrawal.mail.subject", new Object[] {session.getNumber()}, locale),
                messages.getMessage("withdrawal.mail.body", new Object[] {application.getFullName(), session.getNumber()}, locale));
    }
}
