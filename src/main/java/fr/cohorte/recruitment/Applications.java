package fr.cohorte.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Background;
import fr.cohorte.directory.Backgrounds;
import fr.cohorte.mail.MailOutbox;
import fr.cohorte.recruitment.internal.ApplicationCallRepository;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.recruitment.internal.CurriculumVitaeRepository;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionStatus;
import fr.cohorte.web.DisplayTimes;
import fr.cohorte.web.EditConflicts;
import fr.cohorte.web.Paging;
import fr.cohorte.web.SecretTokens;
import fr.cohorte.web.SiteAddress;
import fr.cohorte.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application desk of each session: its call, the applications it takes, and what staff read of them. */
@Service
@Transactional(readOnly = true)
public class Applications {

    /** The version a call form carries when the session had no call yet. */
    public static final long NO_CALL_YET = -1;

    /** Times in the trail read the same in both languages, to the second. */

    private final ApplicationCallRepository calls;
    private final ApplicationRepository applications;
    private final CurriculumVitaeRepository cvs;
    private final Backgrounds backgrounds;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final SiteAddress links;
    private final DisplayTimes times;
    private final Clock clock;

    /** A call as the audit trail compares it before and after a change, its dates on the institute's clocks. */
    private record CallDetails(String opensAt, String closesAt, int places, String introduction) {
    }

    Applications(ApplicationCallRepository calls, ApplicationRepository applications, CurriculumVitaeRepository cvs,
                 Backgrounds backgrounds, MailOutbox outbox, MessageSource messages, AuditTrail audit,
                 SiteAddress links, DisplayTimes times, Clock clock) {
        this.times = times;
        this.calls = calls;
        this.applications = applications;
        this.cvs = cvs;
        this.backgrounds = backgrounds;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
        this.links = links;
        this.clock = clock;
    }

    public Optional<ApplicationCall> callOf(Session session) {
        return calls.findBySessionId(session.getId());
    }

    /** The call takes applications only while the session recruits and between the call's dates. */
    public boolean isOpen(Session session) {
        return session.getStatus() == SessionStatus.RECRUITING
                && callOf(session).map(call -> call.isOpenAt(clock.instant())).orElse(false);
    }

    /** Sets the session's call whatever it was (the demo, imports of a past year). */
    @Transactional
    public ApplicationCall saveCall(Session session, Instant opensAt, Instant closesAt, int places, String introduction) {
        return saveCall(session, callOf(session).map(ApplicationCall::getVersion).orElse(NO_CALL_YET), opensAt, closesAt, places, introduction);
    }

    /**
     * Sets the session's call as its form was opened on ({@code seenVersion}, {@link #NO_CALL_YET} when
     * there was none): if someone saved it meanwhile, nothing changes ({@link EditConflicts}).
     */
    @Transactional
    public ApplicationCall saveCall(Session session, long seenVersion, Instant opensAt, Instant closesAt, int places, String introduction) {
        Optional<ApplicationCall> earlier = callOf(session);
        EditConflicts.requireSeen(earlier.map(ApplicationCall::getVersion).orElse(NO_CALL_YET), seenVersion, ApplicationCall.class,
                session.getNumber());
        CallDetails before = earlier.map(this::details).orElse(null);
        ApplicationCall call = earlier.orElseGet(() -> new ApplicationCall(session.getId()));
        call.update(opensAt, closesAt, places, introduction);
        ApplicationCall saved = calls.save(call);
        audit.record(earlier.isPresent() ? AuditAction.UPDATED : AuditAction.CREATED, "application-call:" + session.getNumber(),
                AuditDetail.of(earlier.isPresent() ? "audit.detail.call.updated" : "audit.detail.call.created", session.getNumber())
                        .changedFields("audit.field.call.", before, details(saved)));
        return saved;
    }

    private CallDetails details(ApplicationCall call) {
        return new CallDetails(times.recorded(call.getOpensAt()), times.recorded(call.getClosesAt()),
                call.getPlaces(), call.getIntroduction());
    }

    /** Takes an application with its CV and posts the acknowledgement, all or nothing, and audits it. */
    @Transactional
    public Application submit(Session session, ApplicantDetails details, String cvFilename, byte[] cv, Locale locale) {
        if (!isOpen(session)) {
            throw Refusal.conflict("application.refused.closed").exception();
        }
        if (applications.existsBySessionAndEmail(session.getId(), details.email())) {
            throw Refusal.conflict("application.refused.duplicate").exception();
        }
        Background background = backgrounds.all().stream()
                .filter(b -> b.getId().equals(details.backgroundId())).findFirst()
                .orElseThrow(() -> Refusal.invalid("application.refused.background").exception());
        Application application = new Application(session.getId(), details, background, clock.instant());
        String withdrawalToken = SecretTokens.newToken();
        application.assignWithdrawalToken(withdrawalToken);
        try {
            application = applications.saveAndFlush(application);
        } catch (DataIntegrityViolationException sameAddressMeanwhile) {
            throw Refusal.conflict("application.refused.duplicate").exception();
        }
        cvs.save(new CurriculumVitae(application.getId(), cvFilename, cv));
        audit.record(AuditAction.CREATED, "application:" + application.getId(), AuditDetail.of("audit.detail.application.submitted",
                application.getFullName(), session.getNumber()));
        outbox.post(details.email(),
                messages.getMessage("application.mail.subject", new Object[] {session.getNumber()}, locale),
                messages.getMessage("application.mail.body",
                        new Object[] {application.getFullName(), session.getNumber(), session.getTheme(),
                                links.link("/applications/withdraw/" + withdrawalToken)}, locale));
        return application;
    }

    public Page<Application> search(Session session, ApplicationSearch search, Paging paging) {
        return paging.fetch(paging.order(ApplicationSearch.ORDERS, ApplicationSearch.DEFAULT_ORDER),
                page -> applications.search(session.getId(), search.pattern(), search.background(), search.gender(),
                        search.region(), search.status(), page));
    }

    /** The applications the session's jurors are asked to score: withdrawn and anonymised ones are no longer theirs to mark. */
    public Page<Application> toScore(Session session, ApplicationSearch search, Paging paging) {
        return paging.fetch(paging.order(ApplicationSearch.ORDERS, ApplicationSearch.DEFAULT_ORDER),
                page -> applications.searchToScore(session.getId(), search.pattern(), search.background(), page));
    }

    /** Every application matching the search, by name. */
    public List<Application> all(Session session, ApplicationSearch search) {
        return applications.search(session.getId(), search.pattern(), search.background(), search.gender(),
                search.region(), search.status(), Pageable.unpaged(ApplicationSearch.ORDERS.get(ApplicationSearch.DEFAULT_ORDER)))
                .getContent();
    }

    public Optional<Application> of(Session session, Long id) {
        return applications.findById(id).filter(a -> a.getSessionId().equals(session.getId()));
    }

    public Optional<CurriculumVitae> cvOf(Application application) {
        return cvs.findById(application.getId());
    }

    @Transactional
    public void recordExport(Session session, String format, int count) {
        audit.record(AuditAction.EXPORTED, "applications",
                AuditDetail.of("audit.detail.applications.exported", count, session.getNumber(), format));
    }
}
