package fr.cohorte.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;
import fr.cohorte.mail.MailOutbox;
import fr.cohorte.recruitment.internal.ApplicationCallRepository;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.recruitment.internal.SelectionVacancyRepository;
import fr.cohorte.session.Enrolment;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a selection decides about people: confirming a run (statuses, participants, one mail per
 * outcome), withdrawing a participant, and deciding on a freed seat: filling it with the stored proposal's
 * newcomer, accepting one that leaves quotas short, or leaving it empty. Each of these is one
 * transaction, mails included, and is written to the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class CohortDecisions {

    /** Decision mails are French: the applicant's language is not asked on the form. */
    static final Locale MAIL_LOCALE = Locale.FRENCH;
    static final int MAX_REASON_LENGTH = 1000;

    private static final String DECIDED = "audit.detail.application.decided";

    private final SelectionRuns runs;
    private final ApplicationRepository applications;
    private final ApplicationCallRepository calls;
    private final SelectionVacancyRepository vacancies;
    private final Persons persons;
    private final Enrolment enrolment;
    private final SessionCatalogue sessions;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final ApplicationWithdrawal withdrawal;
    private final Clock clock;
    private final ReplacementProposals proposals;
    private final JsonMapper json;

    CohortDecisions(SelectionRuns runs, ApplicationRepository applications, ApplicationCallRepository calls,
                    SelectionVacancyRepository vacancies, Persons persons,
                    Enrolment enrolment, SessionCatalogue sessions, MailOutbox outbox, MessageSource messages,
                    AuditTrail audit, ApplicationWithdrawal withdrawal, Clock clock,
                    ReplacementProposals proposals, JsonMapper json) {
        this.runs = runs;
        this.applications = applications;
        this.calls = calls;
        this.vacancies = vacancies;
        this.persons = persons;
        this.enrolment = enrolment;
        this.sessions = sessions;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
        this.withdrawal = withdrawal;
        this.clock = clock;
        this.proposals = proposals;
        this.json = json;
    }

    /**
     * The run's cohort becomes the session's: its selected are SELECTED and participants, its waiting list
     * WAITLISTED, every other application in the running NOT_SELECTED, and each applicant gets a mail.
     */
    @Transactional
    public void confirm(Session session, Long runId, String by) {
        SelectionRun run = runs.run(session, runId).orElseThrow(() -> new SelectionRefusedException("selection.run.unknown"));
        if (runs.confirmed(session).isPresent()) {
            throw new SelectionRefusedException("selection.confirm.refused.already");
        }
        if (!run.hasCohort()) {
            throw new SelectionRefusedException("selection.confirm.refused.no-cohort");
        }
        SelectionOutcome outcome = runs.decided(run);
        Map<Long, Application> inTheRunning = applications.findBySessionIdOrderByIdAsc(session.getId()).stream()
                .filter(a -> a.getStatus().isInTheRunning())
                .collect(Collectors.toMap(Application::getId, Function.identity()));
        if (!outcome.selected().stream().allMatch(row -> inTheRunning.containsKey(row.applicationId()))) {
            throw new SelectionRefusedException("selection.confirm.refused.withdrawn-since");
        }
        Set<Long> placed = new HashSet<>();
        for (SelectionOutcome.Row row : outcome.selected()) {
            select(session, inTheRunning.get(row.applicationId()), DECIDED);
            placed.add(row.applicationId());
        }
        for (SelectionOutcome.Row row : outcome.waitlist()) {
            Application application = inTheRunning.get(row.applicationId());
            if (application != null) {
                decide(session, application, ApplicationStatus.WAITLISTED, DECIDED);
                mail(session, application, "waitlisted", row.rank());
                placed.add(row.applicationId());
            }
        }
        inTheRunning.values().stream().filter(a -> !placed.contains(a.getId())).forEach(application -> {
            decide(session, application, ApplicationStatus.NOT_SELECTED, DECIDED);
            mail(session, application, "not-selected", 0);
        });
        Instant now = clock.instant();
        calls.findBySessionId(session.getId()).ifPresent(call -> call.confirmSelection(now));
        run.confirm(by, now);
        audit.record(AuditAction.UPDATED, "selection-run:" + run.getId(), AuditDetail.of("audit.detail.selection.confirmed",
                session.getNumber(), outcome.selected().size(), outcome.waitlist().size()));
    }

    /** Staff withdraw an application on the applicant's behalf; a selected participant's seat becomes vacant. */
    @Transactional
    public void withdraw(Session session, Long applicationId) {
        // Locked before it is read: of two staff clicks at once, the second finds it withdrawn and is refused.
        Application application = applications.lockById(applicationId).filter(a -> a.getSessionId().equals(session.getId()))
                .orElseThrow(() -> new SelectionRefusedException("selection.withdraw.refused"));
        if (!application.getStatus().isInTheRunning()) {
            throw new SelectionRefusedException("selection.withdraw.refused");
        }
        withdrawal.withdraw(application, session, MAIL_LOCALE, true);
    }

    /** Whoever withdrew it, a selected application leaves the participants and frees a seat to fill. */
    @EventListener
    @Transactional
    public void on(ApplicationWithdrawn withdrawn) {
        if (withdrawn.previousStatus() == ApplicationStatus.WAITLISTED) {
            // One fewer on the waiting list: the open seats' proposal may have counted on them.
            sessions.byId(withdrawn.sessionId()).filter(session -> proposals.current(session).isPresent())
                    .ifPresent(proposals::propose);
        }
        if (withdrawn.previousStatus() != ApplicationStatus.SELECTED) {
            return;
        }
        Application application = applications.findById(withdrawn.applicationId()).orElseThrow();
        sessions.byId(withdrawn.sessionId()).ifPresent(session -> persons.byEmail(application.getEmail())
                .ifPresent(person -> enrolment.withdraw(session, person.getId())));
        vacancies.save(new SelectionVacancy(withdrawn.sessionId(), withdrawn.applicationId(), withdrawn.byStaff(), clock.instant()));
        sessions.byId(withdrawn.sessionId()).ifPresent(proposals::propose);
    }

    /**
     * Fills the seat with the stored proposal's newcomer for it: they become SELECTED, a participant, and get a mail.
     * The trail entry is about the newcomer and quotes the freed seat by its application number only, so that
     * erasing the person who left, which clears the entries about them, leaves their name nowhere.
     */
    @Transactional(noRollbackFor = SelectionRefusedException.class)
    public Application acceptReplacement(Session session, Long vacancyId, Long candidateId, String by) {
        SelectionVacancy vacancy = openVacancy(session, vacancyId);
        ReplacementProposal proposal = currentProposal(session, vacancy, candidateId);
        if (proposal.getKind() == Replacement.Kind.SHORT) {
            throw new SelectionRefusedException("selection.replacement.refused.short");
        }
        Application withdrawn = applications.findById(vacancy.getWithdrawnId()).orElseThrow();
        Application replacement = applications.findById(candidateId).orElseThrow();
        select(session, replacement, "audit.detail.application.replacement");
        vacancy.fill(replacement.getId(), by, clock.instant());
        audit.record(AuditAction.UPDATED, "application:" + replacement.getId(), AuditDetail.of("audit.detail.replacement.accepted",
                replacement.getFullName(), withdrawn.getId(), session.getNumber()));
        proposals.propose(session);
        return replacement;
    }

    /**
     * The way out of a dead end that staff accept knowingly: the newcomer of a proposal that leaves quotas
     * short takes the seat, and the seat keeps which quotas were left short and by how much.
     */
    @Transactional(noRollbackFor = SelectionRefusedException.class)
    public Application acceptLeavingQuotasShort(Session session, Long vacancyId, Long candidateId, String by) {
        SelectionVacancy vacancy = openVacancy(session, vacancyId);
        ReplacementProposal proposal = currentProposal(session, vacancy, candidateId);
        if (proposal.getKind() != Replacement.Kind.SHORT) {
            throw new SelectionRefusedException("selection.replacement.refused.changed");
        }
        List<Replacement.Shortfall> shortfalls = proposals.shortfalls(proposal);
        Application withdrawn = applications.findById(vacancy.getWithdrawnId()).orElseThrow();
        Application replacement = applications.findById(candidateId).orElseThrow();
        select(session, replacement, "audit.detail.application.replacement");
        vacancy.fill(replacement.getId(), json.writeValueAsString(shortfalls), by, clock.instant());
        audit.record(AuditAction.UPDATED, "application:" + replacement.getId(), AuditDetail.of("audit.detail.replacement.accepted-short",
                replacement.getFullName(), withdrawn.getId(), session.getNumber(), shortfalls.stream()
                        .map(s -> "« " + proposals.label(s, MAIL_LOCALE) + " » " + s.count() + (s.missing() > 0 ? " < " + s.minimum() : " > " + s.maximum()))
                        .collect(Collectors.joining(", "))));
        proposals.propose(session);
        return replacement;
    }

    /** Staff decide not to fill a freed seat, and say why: it no longer asks for a replacement. */
    @Transactional
    public void leaveEmpty(Session session, Long vacancyId, String reason, String by) {
        SelectionVacancy vacancy = openVacancy(session, vacancyId);
        String kept = Text.blankToNull(reason);
        if (kept == null) {
            throw new SelectionRefusedException("selection.vacancy.empty.reason-required");
        }
        if (kept.length() > MAX_REASON_LENGTH) {
            throw new SelectionRefusedException("selection.vacancy.empty.reason-too-long");
        }
        Application withdrawn = applications.findById(vacancy.getWithdrawnId()).orElseThrow();
        vacancy.leaveEmpty(kept, by, clock.instant());
        audit.record(AuditAction.UPDATED, "application:" + withdrawn.getId(), AuditDetail.of("audit.detail.replacement.left-empty",
                withdrawn.getFullName(), session.getNumber(), kept));
        proposals.propose(session);
    }

    /** Staff ask for the proposal again, e.g. for seats freed before proposals were stored. */
    @Transactional
    public void proposeAgain(Session session) {
        proposals.propose(session);
        audit.record(AuditAction.UPDATED, "selection-settings:" + session.getNumber(),
                AuditDetail.of("audit.detail.replacement.proposed", session.getNumber()));
    }

    private SelectionVacancy openVacancy(Session session, Long vacancyId) {
        SelectionVacancy vacancy = vacancies.findById(vacancyId).filter(v -> v.getSessionId().equals(session.getId()))
                .orElseThrow(() -> new SelectionRefusedException("selection.replacement.refused.unknown"));
        if (!vacancy.isOpen()) {
            throw new SelectionRefusedException("selection.replacement.refused.filled");
        }
        return vacancy;
    }

    /**
     * The stored proposal, checked against today's applications and settings by comparison, not by
     * solving: when anything changed since it was computed, a new one is computed (and kept, since this
     * refusal does not roll back) and staff are asked to read it.
     */
    private ReplacementProposal currentProposal(Session session, SelectionVacancy vacancy, Long candidateId) {
        ReplacementProposal proposal = proposals.current(session).orElse(null);
        if (proposal == null || !proposals.upToDate(session, proposal)) {
            proposals.propose(session);
            throw new SelectionRefusedException("selection.replacement.refused.changed");
        }
        Long proposed = proposal.enteringFor(vacancy.getId());
        if (proposed == null || !proposed.equals(candidateId)) {
            throw new SelectionRefusedException("selection.replacement.refused.changed");
        }
        return proposal;
    }

    private void select(Session session, Application application, String auditCode) {
        decide(session, application, ApplicationStatus.SELECTED, auditCode);
        Person person = persons.findOrCreate(application.getEmail(), application.getGivenName(), application.getFamilyName());
        enrolment.enrol(session, person.getId(), application.getBackground().getId());
        mail(session, application, "selected", 0);
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
