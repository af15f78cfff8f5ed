package fr.cohorte.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.recruitment.internal.ApplicationCallRepository;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.session.Session;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms a run: its cohort becomes the session's. Its selected are SELECTED and participants, its waiting
 * list WAITLISTED, every other application in the running NOT_SELECTED, and each applicant gets one mail;
 * all of it in one transaction, written to the audit trail. Only one run of a session is ever confirmed,
 * only a run with a cohort, and only while everyone it selects is still in the running.
 */
@Service
@Transactional(readOnly = true)
public class ConfirmCohort {

    private static final String DECIDED = "audit.detail.application.decided";

    private final SelectionRuns runs;
    private final ApplicationRepository applications;
    private final ApplicationCallRepository calls;
    private final ApplicationOutcomes outcomes;
    private final AuditTrail audit;
    private final Clock clock;

    ConfirmCohort(SelectionRuns runs, ApplicationRepository applications, ApplicationCallRepository calls, ApplicationOutcomes outcomes,
                  AuditTrail audit, Clock clock) {
        this.runs = runs;
        this.applications = applications;
        this.calls = calls;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void confirm(Session session, Long runId, String by) {
        SelectionRun run = runs.run(session, runId).orElseThrow(() -> Refusal.notFound("selection.run.unknown").exception());
        if (runs.confirmed(session).isPresent()) {
            throw Refusal.conflict("selection.confirm.refused.already").exception();
        }
        if (!run.hasCohort()) {
            throw Refusal.conflict("selection.confirm.refused.no-cohort").exception();
        }
        SelectionOutcome outcome = runs.decided(run);
        Map<Long, Application> inTheRunning = applications.findBySessionIdOrderByIdAsc(session.getId()).stream()
                .filter(a -> a.getStatus().isInTheRunning())
                .collect(Collectors.toMap(Application::getId, Function.identity()));
        if (!outcome.selected().stream().allMatch(row -> inTheRunning.containsKey(row.applicationId()))) {
            throw Refusal.conflict("selection.confirm.refused.withdrawn-since").exception();
        }
        Set<Long> placed = new HashSet<>();
        for (SelectionOutcome.Row row : outcome.selected()) {
            outcomes.select(session, inTheRunning.get(row.applicationId()), DECIDED);
            placed.add(row.applicationId());
        }
        for (SelectionOutcome.Row row : outcome.waitlist()) {
            Application application = inTheRunning.get(row.applicationId());
            if (application != null) {
                outcomes.waitlist(session, application, row.rank(), DECIDED);
                placed.add(row.applicationId());
            }
        }
        inTheRunning.values().stream().filter(a -> !placed.contains(a.getId()))
                .forEach(application -> outcomes.turnDown(session, application, DECIDED));
        Instant now = clock.instant();
        calls.findBySessionId(session.getId()).ifPresent(call -> call.confirmSelection(now));
        run.confirm(by, now);
        audit.record(AuditAction.UPDATED, "selection-run:" + run.getId(), AuditDetail.of("audit.detail.selection.confirmed",
                session.getNumber(), outcome.selected().size(), outcome.waitlist().size()));
    }
}
