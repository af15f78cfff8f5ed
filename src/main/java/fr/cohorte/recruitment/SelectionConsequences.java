package fr.cohorte.recruitment;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.cohorte.directory.Persons;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.session.ParticipantDependents;
import fr.cohorte.session.Session;
import fr.cohorte.web.Consequences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What confirming a cohort or withdrawing an application will do, counted as {@link CohortDecisions} will do it,
 * so that staff read the figures before the decision mails leave.
 */
@Service
@Transactional(readOnly = true)
class SelectionConsequences {

    private final SelectionRuns runs;
    private final ApplicationRepository applications;
    private final Persons persons;
    private final List<ParticipantDependents> dependents;

    SelectionConsequences(SelectionRuns runs, ApplicationRepository applications, Persons persons,
                          List<ParticipantDependents> dependents) {
        this.runs = runs;
        this.applications = applications;
        this.persons = persons;
        this.dependents = dependents;
    }

    /** Confirming a run: every application still in the running gets its outcome and one mail. */
    Consequences ofConfirming(Session session, SelectionRun run) {
        SelectionOutcome outcome = runs.outcome(run);
        Set<Long> inTheRunning = applications.findBySessionIdOrderByIdAsc(session.getId()).stream()
                .filter(a -> a.getStatus().isInTheRunning()).map(Application::getId).collect(Collectors.toSet());
        long selected = countIn(outcome.selected(), inTheRunning);
        long waitlisted = countIn(outcome.waitlist(), inTheRunning);
        long notSelected = inTheRunning.size() - selected - waitlisted;
        String base = "/staff/sessions/" + session.getNumber() + "/selection";
        return Consequences.titled("confirm.cohort.title", session.getNumber())
                .line("confirm.cohort.summary", selected, waitlisted, notSelected, inTheRunning.size())
                .line("confirm.cohort.participants", selected, session.getNumber())
                .lineIf(waitlisted > 0, "confirm.cohort.waitlist", waitlisted)
                .line("confirm.cohort.call")
                .confirm("selection.confirm", base + "/runs/" + run.getId() + "/confirm", base + "/runs/" + run.getId());
    }

    /** Withdrawing an application on the applicant's behalf: a participant frees a seat, and the applicant gets a mail. */
    Consequences ofWithdrawing(Session session, Application application) {
        List<Application> all = applications.findBySessionIdOrderByIdAsc(session.getId());
        long cohort = all.stream().filter(a -> a.getStatus() == ApplicationStatus.SELECTED).count();
        long waiting = all.stream().filter(a -> a.getStatus() == ApplicationStatus.WAITLISTED).count();
        String base = "/staff/sessions/" + session.getNumber() + "/selection";
        ApplicationStatus status = application.getStatus();
        Consequences.Builder consequences = Consequences.titled("confirm.withdraw.title", application.getFullName())
                .lineIf(status == ApplicationStatus.SELECTED, "confirm.withdraw.cohort", application.getFullName(), cohort, cohort - 1)
                .lineIf(status == ApplicationStatus.SELECTED, "confirm.withdraw.seat", waiting)
                .lineIf(status == ApplicationStatus.WAITLISTED, "confirm.withdraw.waitlist", application.getFullName(), waiting, waiting - 1)
                .lineIf(status == ApplicationStatus.SUBMITTED, "confirm.withdraw.submitted", application.getFullName());
        if (status == ApplicationStatus.SELECTED) {
            // A participant leaves what other modules tie to them in the session: their working groups.
            persons.byEmail(application.getEmail()).ifPresent(person -> dependents.forEach(dependent ->
                    dependent.tiedTo(session, person.getId(), application.getFullName())
                            .forEach(line -> consequences.line(line.code(), line.args()))));
        }
        return consequences.line("confirm.withdraw.mail", application.getFullName())
                .confirm("selection.withdraw", base + "/applications/" + application.getId() + "/withdraw", base);
    }

    private static long countIn(List<SelectionOutcome.Row> rows, Set<Long> inTheRunning) {
        return rows.stream().filter(row -> inTheRunning.contains(row.applicationId())).count();
    }
}
