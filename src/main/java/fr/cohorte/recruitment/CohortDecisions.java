package fr.cohorte.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Backgrounds;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;
import fr.cohorte.mail.MailOutbox;
import fr.cohorte.recruitment.internal.ApplicationCallRepository;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.recruitment.internal.SelectionVacancyRepository;
import fr.cohorte.session.Enrolment;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a selection decides about people: confirming a run (statuses, participants, one mail per
 * outcome), withdrawing a participant, and filling the freed seat from the waiting list. Each of these
 * is one transaction, mails included, and is written to the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class CohortDecisions {

    /** Decision mails are French: the applicant's language is not asked on the form. */
    static final Locale MAIL_LOCALE = Locale.FRENCH;

    private static final String DECIDED = "audit.detail.application.decided";

    private final SelectionRuns runs;
    private final ApplicationRepository applications;
    private final ApplicationCallRepository calls;
    private final SelectionVacancyRepository vacancies;
    private final Backgrounds backgrounds;
    private final CohortSelection selection;
    private final Persons persons;
    private final Enrolment enrolment;
    private final SessionCatalogue sessions;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final ApplicationWithdrawal withdrawal;
    private final Clock clock;

    CohortDecisions(SelectionRuns runs, ApplicationRepository applications, ApplicationCallRepository calls,
                    SelectionVacancyRepository vacancies, Backgrounds backgrounds, CohortSelection selection, Persons persons,
                    Enrolment enrolment, SessionCatalogue sessions, MailOutbox outbox, MessageSource messages,
                    AuditTrail audit, ApplicationWithdrawal withdrawal, Clock clock) {
        this.runs = runs;
        this.applications = applications;
        this.calls = calls;
        this.vacancies = vacancies;
        this.backgrounds = backgrounds;
        this.selection = selection;
        this.persons = persons;
        this.enrolment = enrolment;
        this.sessions = sessions;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
        this.withdrawal = withdrawal;
        this.clock = clock;
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
        SelectionOutcome outcome = runs.outcome(run);
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
        if (withdrawn.previousStatus() != ApplicationStatus.SELECTED) {
            return;
        }
        Application application = applications.findById(withdrawn.applicationId()).orElseThrow();
        sessions.byId(withdrawn.sessionId()).ifPresent(session -> persons.byEmail(application.getEmail())
                .ifPresent(person -> enrolment.withdraw(session, person.getId())));
        vacancies.save(new SelectionVacancy(withdrawn.sessionId(), withdrawn.applicationId(), withdrawn.byStaff(), clock.instant()));
    }

    /**
     * Every seat freed since the confirmation. The seats still open are filled together, by one proposal
     * for all of them (see {@link #proposal}); each open seat is offered the newcomer of that proposal
     * in its turn, the first freed seat the best score.
     */
    public List<Vacancy> vacancies(Session session, Locale locale) {
        List<SelectionVacancy> all = vacancies.findBySessionIdOrderByOpenedAtAscIdAsc(session.getId());
        List<SelectionVacancy> open = all.stream().filter(v -> !v.isFilled()).toList();
        List<Application> openWithdrawn = open.stream().map(v -> applications.findById(v.getWithdrawnId()).orElseThrow()).toList();
        Replacement proposal = openWithdrawn.isEmpty() ? null : proposal(session, openWithdrawn, locale).orElse(null);
        boolean seatByseat = proposal != null && (proposal.kind() == Replacement.Kind.SINGLE_SWAP
                || proposal.kind() == Replacement.Kind.FILLED) && proposal.entering().size() == open.size();
        List<Vacancy> found = new ArrayList<>();
        for (SelectionVacancy vacancy : all) {
            Application withdrawn = applications.findById(vacancy.getWithdrawnId()).orElseThrow();
            Application replacement = vacancy.getReplacementId() == null ? null
                    : applications.findById(vacancy.getReplacementId()).orElse(null);
            int seat = open.indexOf(vacancy);
            found.add(new Vacancy(vacancy, withdrawn, replacement, seat < 0 ? null : proposal,
                    seat >= 0 && seatByseat ? proposal.entering().get(seat) : null));
        }
        return found;
    }

    /** A freed seat: who left, who took it (once filled), and while it is open the proposal and who it brings to this seat. */
    public record Vacancy(SelectionVacancy vacancy, Application withdrawn, Application replacement, Replacement proposal,
                          String seatCandidate) {

        /**
         * The sentence that says who freed the seat, as it was: staff, the applicant (agreeing with their
         * civility or gender, neutral when neither is known), or nobody recorded for seats freed before
         * the actor was kept.
         */
        public String titleKey() {
            if (vacancy.getWithdrawnByStaff() == null) {
                return "selection.vacancy.left";
            }
            if (vacancy.getWithdrawnByStaff()) {
                return "selection.vacancy.withdrawn-by-staff";
            }
            return "selection.vacancy.withdrew."
                    + FrenchNames.agreement(withdrawn.getCivility(), withdrawn.getGender()).name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The application the proposal brings to this seat, when every remaining participant stays. */
        public Long proposedApplicationId() {
            return seatCandidate == null ? null : SelectionPool.applicationId(seatCandidate).orElse(null);
        }

        public String proposedName() {
            return proposedApplicationId() == null ? null : SelectionPool.nameOf(seatCandidate);
        }
    }

    /**
     * One proposal for every open seat under the confirmed run's quotas, among the applications still in
     * the running with a score: the cohort is the participants selected today plus those who left the
     * open seats, and all the open seats are solved together, so that two withdrawals (one of them the
     * only holder of a quota) are not each filled as if the other seat were still taken.
     */
    Optional<Replacement> proposal(Session session, List<Application> withdrawn, Locale locale) {
        return runs.confirmed(session).map(confirmed -> {
            SelectionRequest settings = runs.requestOf(confirmed);
            List<Application> all = applications.findBySessionIdOrderByIdAsc(session.getId());
            SelectionPool pool = SelectionPool.of(all, withdrawn, runs.settingsOf(session), backgrounds, messages);
            Set<String> known = pool.request().candidates().stream().map(SelectionRequest.Candidate::id).collect(Collectors.toSet());
            List<String> cohort = new ArrayList<>(all.stream().filter(a -> a.getStatus() == ApplicationStatus.SELECTED)
                    .map(SelectionPool::idOf).filter(known::contains).toList());
            List<String> withdrawnIds = withdrawn.stream().map(SelectionPool::idOf).filter(known::contains).toList();
            if (withdrawnIds.isEmpty()) {
                return null;
            }
            cohort.addAll(withdrawnIds);
            SelectionRequest request = new SelectionRequest(cohort.size(), pool.request().candidates(), settings.quotas(),
                    settings.maxPerOrganisation(),
                    settings.forceIn().stream().filter(known::contains).filter(id -> !withdrawnIds.contains(id)).toList(),
                    settings.forceOut().stream().filter(known::contains).toList(), null);
            return selection.replacement(new ReplacementRequest(request, cohort, withdrawnIds.getFirst(),
                    withdrawnIds.subList(1, withdrawnIds.size())), SelectionRuns.language(locale));
        });
    }

    /** Fills the seat with the proposed replacement, checked again now: they become SELECTED, a participant, and get a mail. */
    @Transactional
    public Application acceptReplacement(Session session, Long vacancyId, Long candidateId, String by, Locale locale) {
        SelectionVacancy vacancy = vacancies.findById(vacancyId).filter(v -> v.getSessionId().equals(session.getId()))
                .orElseThrow(() -> new SelectionRefusedException("selection.replacement.refused.unknown"));
        if (vacancy.isFilled()) {
            throw new SelectionRefusedException("selection.replacement.refused.filled");
        }
        Vacancy proposed = vacancies(session, locale).stream().filter(v -> v.vacancy().getId().equals(vacancy.getId()))
                .findFirst().orElseThrow();
        if (proposed.proposedApplicationId() == null || !proposed.proposedApplicationId().equals(candidateId)) {
            throw new SelectionRefusedException("selection.replacement.refused.changed");
        }
        Application replacement = applications.findById(candidateId).orElseThrow();
        select(session, replacement, "audit.detail.application.replacement");
        vacancy.fill(replacement.getId(), by, clock.instant());
        return replacement;
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
