package fr.cohorte.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.recruitment.internal.SelectionVacancyRepository;
import fr.cohorte.session.Session;
import fr.cohorte.web.Text;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff decide on a seat freed since the confirmation: they fill it with the stored proposal's newcomer,
 * accept knowingly a proposal that leaves quotas short, accept one that recomposes the cohort (taking a
 * participant out to keep the quotas), leave it empty with a reason, or ask for the proposal again. Each decision is checked against the stored proposal by comparison, never by solving,
 * is one transaction with its mail, is written to the audit trail, and has the open seats proposed again.
 */
@Service
@Transactional(readOnly = true)
public class FillVacancy {

    static final int MAX_REASON_LENGTH = 1000;

    private static final String REPLACEMENT = "audit.detail.application.replacement";

    private final ApplicationRepository applications;
    private final SelectionVacancyRepository vacancies;
    private final ReplacementProposals proposals;
    private final ApplicationOutcomes outcomes;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    FillVacancy(ApplicationRepository applications, SelectionVacancyRepository vacancies, ReplacementProposals proposals,
                ApplicationOutcomes outcomes, AuditTrail audit, JsonMapper json, Clock clock) {
        this.applications = applications;
        this.vacancies = vacancies;
        this.proposals = proposals;
        this.outcomes = outcomes;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Fills the seat with the stored proposal's newcomer for it: they become SELECTED, a participant, and get a mail.
     * The trail entry is about the newcomer and quotes the freed seat by its application number only, so that
     * erasing the person who left, which clears the entries about them, leaves their name nowhere.
     */
    @Transactional(noRollbackFor = RefusedException.class)
    public Application acceptReplacement(Session session, Long vacancyId, Long candidateId, String by) {
        SelectionVacancy vacancy = openVacancy(session, vacancyId);
        ReplacementProposal proposal = currentProposal(session, vacancy, candidateId);
        if (proposal.getKind() == Replacement.Kind.SHORT) {
            throw Refusal.conflict("selection.replacement.refused.short").exception();
        }
        Application withdrawn = applications.findById(vacancy.getWithdrawnId()).orElseThrow();
        Application replacement = applications.findById(candidateId).orElseThrow();
        outcomes.select(session, replacement, REPLACEMENT);
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
    @Transactional(noRollbackFor = RefusedException.class)
    public Application acceptLeavingQuotasShort(Session session, Long vacancyId, Long candidateId, String by) {
        SelectionVacancy vacancy = openVacancy(session, vacancyId);
        ReplacementProposal proposal = currentProposal(session, vacancy, candidateId);
        if (proposal.getKind() != Replacement.Kind.SHORT) {
            throw Refusal.conflict("selection.replacement.refused.changed").exception();
        }
        List<Replacement.Shortfall> shortfalls = proposals.shortfalls(proposal);
        Application withdrawn = applications.findById(vacancy.getWithdrawnId()).orElseThrow();
        Application replacement = applications.findById(candidateId).orElseThrow();
        outcomes.select(session, replacement, REPLACEMENT);
        vacancy.fill(replacement.getId(), json.writeValueAsString(shortfalls), by, clock.instant());
        audit.record(AuditAction.UPDATED, "application:" + replacement.getId(), AuditDetail.of("audit.detail.replacement.accepted-short",
                replacement.getFullName(), withdrawn.getId(), session.getNumber(), shortfalls.stream()
                        .map(s -> "« " + proposals.label(s, ApplicationOutcomes.MAIL_LOCALE) + " » " + s.count()
                                + (s.missing() > 0 ? " < " + s.minimum() : " > " + s.maximum()))
                        .collect(Collectors.joining(", "))));
        proposals.propose(session);
        return replacement;
    }

    /**
     * Accepts a proposal that recomposes the cohort to keep every quota ({@link Replacement.Kind#RESOLVED}):
     * its newcomers take the open seats and the seats of the participants it takes out, who go back to the
     * waiting list; everyone concerned is told by mail. Only the proposal staff read, by its digest, and only
     * while it is still the one today's applications and settings give.
     */
    @Transactional(noRollbackFor = RefusedException.class)
    public List<Application> acceptRecomposed(Session session, String digest, String by) {
        ReplacementProposal proposal = proposals.current(session).orElse(null);
        if (proposal == null || !proposals.upToDate(session, proposal)) {
            proposals.propose(session);
            throw Refusal.conflict("selection.replacement.refused.changed").exception();
        }
        if (proposal.getKind() != Replacement.Kind.RESOLVED || !proposal.getInputDigest().equals(digest)) {
            throw Refusal.conflict("selection.replacement.refused.changed").exception();
        }
        List<SelectionVacancy> seats = proposal.getVacancyIds().stream().map(id -> openVacancy(session, id)).toList();
        String freedBy = seats.stream().map(seat -> String.valueOf(seat.getWithdrawnId())).collect(Collectors.joining(", "));
        for (Long leaving : proposal.getLeavingIds()) {
            outcomes.takeOut(session, applications.findById(leaving).orElseThrow(), "audit.detail.application.taken-out");
        }
        List<Application> entering = proposal.getEnteringIds().stream().map(id -> applications.findById(id).orElseThrow()).toList();
        Instant now = clock.instant();
        for (int i = 0; i < entering.size(); i++) {
            Application newcomer = entering.get(i);
            outcomes.select(session, newcomer, REPLACEMENT);
            if (i < seats.size()) {
                seats.get(i).fill(newcomer.getId(), by, now);
            }
            audit.record(AuditAction.UPDATED, "application:" + newcomer.getId(), AuditDetail.of("audit.detail.replacement.accepted-recomposed",
                    newcomer.getFullName(), freedBy, session.getNumber(), proposal.getLeavingIds().size()));
        }
        proposals.propose(session);
        return entering;
    }

    /** Staff decide not to fill a freed seat, and say why: it no longer asks for a replacement. */
    @Transactional
    public void leaveEmpty(Session session, Long vacancyId, String reason, String by) {
        SelectionVacancy vacancy = openVacancy(session, vacancyId);
        String kept = Text.blankToNull(reason);
        if (kept == null) {
            throw Refusal.invalid("selection.vacancy.empty.reason-required").exception();
        }
        if (kept.length() > MAX_REASON_LENGTH) {
            throw Refusal.invalid("selection.vacancy.empty.reason-too-long").exception();
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

    /** A seat of this session freed since the confirmation, whatever became of it. */
    public Optional<SelectionVacancy> seat(Session session, Long vacancyId) {
        return vacancies.findById(vacancyId).filter(v -> v.getSessionId().equals(session.getId()));
    }

    private SelectionVacancy openVacancy(Session session, Long vacancyId) {
        SelectionVacancy vacancy = vacancies.findById(vacancyId).filter(v -> v.getSessionId().equals(session.getId()))
                .orElseThrow(() -> Refusal.notFound("selection.replacement.refused.unknown").exception());
        if (!vacancy.isOpen()) {
            throw Refusal.conflict("selection.replacement.refused.filled").exception();
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
            throw Refusal.conflict("selection.replacement.refused.changed").exception();
        }
        Long proposed = proposal.enteringFor(vacancy.getId());
        if (proposed == null || !proposed.equals(candidateId)) {
            throw Refusal.conflict("selection.replacement.refused.changed").exception();
        }
        return proposal;
    }
}
