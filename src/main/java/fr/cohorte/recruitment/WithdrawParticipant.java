package fr.cohorte.recruitment;

import java.time.Clock;

import fr.cohorte.directory.Persons;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.recruitment.internal.SelectionVacancyRepository;
import fr.cohorte.session.Enrolment;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.Refusal;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff withdraw an application on the applicant's behalf, and whoever withdrew it, what follows: a selected
 * participant leaves the session's participants and frees a seat, whose replacement is proposed at once;
 * one fewer on the waiting list may change the proposal for seats already open.
 */
@Service
@Transactional(readOnly = true)
public class WithdrawParticipant {

    private final ApplicationRepository applications;
    private final ApplicationWithdrawal withdrawal;
    private final SelectionVacancyRepository vacancies;
    private final ReplacementProposals proposals;
    private final SessionCatalogue sessions;
    private final Persons persons;
    private final Enrolment enrolment;
    private final Clock clock;

    WithdrawParticipant(ApplicationRepository applications, ApplicationWithdrawal withdrawal, SelectionVacancyRepository vacancies,
                        ReplacementProposals proposals, SessionCatalogue sessions, Persons persons, Enrolment enrolment, Clock clock) {
        this.applications = applications;
        this.withdrawal = withdrawal;
        this.vacancies = vacancies;
        this.proposals = proposals;
        this.sessions = sessions;
        this.persons = persons;
        this.enrolment = enrolment;
        this.clock = clock;
    }

    /** Only an application of this session still in the running can be withdrawn; the applicant is told by mail. */
    @Transactional
    public void withdraw(Session session, Long applicationId) {
        // Locked before it is read: of two staff clicks at once, the second finds it withdrawn and is refused.
        Application application = applications.lockById(applicationId).filter(a -> a.getSessionId().equals(session.getId()))
                .orElseThrow(() -> Refusal.conflict("selection.withdraw.refused").exception());
        if (!application.getStatus().isInTheRunning()) {
            throw Refusal.conflict("selection.withdraw.refused").exception();
        }
        withdrawal.withdraw(application, session, ApplicationOutcomes.MAIL_LOCALE, true);
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
}
