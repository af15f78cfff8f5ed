package fr.cohorte.recruitment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cohorte.directory.Background;
import fr.cohorte.directory.Backgrounds;
import fr.cohorte.recruitment.Replacement.Shortfall;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.recruitment.internal.ReplacementProposalRepository;
import fr.cohorte.recruitment.internal.SelectionVacancyRepository;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proposal for a session's open seats, computed once when its input changes (a seat frees, a
 * waiting candidate withdraws, a selection setting changes, a seat is filled or left empty) and stored:
 * the selection page only reads it, so viewing never runs the solver. All the open seats are solved
 * together under the current settings. When no cohort keeps every quota, the proposal kept is the one
 * that leaves them the least short, and says which quotas and by how much.
 */
@Service
@Transactional(readOnly = true)
public class ReplacementProposals {

    private static final String GENDER = SelectionPool.GENDER;

    private static final TypeReference<List<Shortfall>> SHORTFALLS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, List<String>>> CONFLICTS = new TypeReference<>() {
    };

    private final SelectionRuns runs;
    private final ApplicationRepository applications;
    private final SelectionVacancyRepository vacancies;
    private final ReplacementProposalRepository proposals;
    private final Backgrounds backgrounds;
    private final SessionCatalogue sessions;
    private final CohortSelection selection;
    private final SelectionWording wording;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    ReplacementProposals(SelectionRuns runs, ApplicationRepository applications, SelectionVacancyRepository vacancies,
                         ReplacementProposalRepository proposals, Backgrounds backgrounds, SessionCatalogue sessions,
                         CohortSelection selection, SelectionWording wording, MessageSource messages, JsonMapper json, Clock clock) {
        this.runs = runs;
        this.applications = applications;
        this.vacancies = vacancies;
        this.proposals = proposals;
        this.backgrounds = backgrounds;
        this.sessions = sessions;
        this.selection = selection;
        this.wording = wording;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** The stored proposal; never solves. */
    public Optional<ReplacementProposal> current(Session session) {
        return proposals.findById(session.getId());
    }

    /** Whether the stored proposal was computed on today's applications, seats and settings: a comparison, no solve. */
    public boolean upToDate(Session session, ReplacementProposal proposal) {
        return inputs(session).map(inputs -> inputs.digest().equals(proposal.getInputDigest())).orElse(false);
    }

    /** Solves for the open seats and stores the proposal; without open seats (or confirmed cohort), none is kept. */
    @Transactional
    public Optional<ReplacementProposal> propose(Session session) {
        Optional<Inputs> found = inputs(session);
        if (found.isEmpty()) {
            proposals.findById(session.getId()).ifPresent(proposals::delete);
            return Optional.empty();
        }
        Inputs inputs = found.get();
        Replacement replacement = selection.replacement(inputs.request(), wording.in(CohortSelection.DEFAULT_LOCALE));
        if (replacement.kind() == Replacement.Kind.IMPOSSIBLE) {
            Replacement leavingShort = selection.replacementLeavingQuotasShort(inputs.request(), wording.in(CohortSelection.DEFAULT_LOCALE));
            if (leavingShort.kind() == Replacement.Kind.SHORT) {
                replacement = leavingShort;
            }
        }
        Map<String, List<String>> conflicts = new TreeMap<>();
        if (replacement.kind() == Replacement.Kind.IMPOSSIBLE) {
            // The settings at fault, as the engine words them, in both interface languages: rare enough to solve twice.
            conflicts.put(CohortSelection.DEFAULT_LOCALE.getLanguage(), replacement.conflicts().stream().map(SelectionResponse.Conflict::message).toList());
            conflicts.put(Locale.ENGLISH.getLanguage(), selection.replacement(inputs.request(), wording.in(Locale.ENGLISH)).conflicts().stream()
                    .map(SelectionResponse.Conflict::message).toList());
        }
        List<Long> entering = applicationIds(replacement.entering());
        // The engine counts those who left the open seats as leaving too: only the participants still in are kept here.
        List<Long> leaving = applicationIds(replacement.leaving().stream()
                .filter(id -> !inputs.request().everyWithdrawn().contains(id)).toList());
        int remaining = inputs.request().cohort().size() - inputs.request().everyWithdrawn().size();
        ReplacementProposal proposal = proposals.findById(session.getId()).orElseGet(() -> new ReplacementProposal(session.getId()));
        proposal.update(replacement.kind(), inputs.vacancyIds(), entering, leaving, remaining - leaving.size(), remaining,
                json.writeValueAsString(replacement.shortfalls()),
                json.writeValueAsString(conflicts), inputs.digest(),
                clock.instant());
        return Optional.of(proposals.save(proposal));
    }

    /** A setting changed: the open seats get a new proposal under it. */
    @EventListener
    @Transactional
    void on(SelectionSettingsChanged changed) {
        sessions.byId(changed.sessionId()).ifPresent(this::propose);
    }

    /**
     * The quotas the proposal leaves short, each named by its setting (a horizon's id, a region's or gender's
     * name): the pool gives the engine those codes, so the engine's shortfalls are the settings' own values.
     */
    public List<Shortfall> shortfalls(ReplacementProposal proposal) {
        return json.readValue(proposal.getShortfalls(), SHORTFALLS);
    }

    /** What the page shows of every seat freed since the confirmation, in the reader's language. */
    public List<Vacancy> vacancies(Session session, Locale locale) {
        ReplacementProposal proposal = current(session).orElse(null);
        List<Shortfall> shortfalls = proposal == null ? List.of() : shortfalls(proposal);
        List<Vacancy> found = new ArrayList<>();
        for (SelectionVacancy vacancy : vacancies.findBySessionIdOrderByOpenedAtAscIdAsc(session.getId())) {
            Application withdrawn = applications.findById(vacancy.getWithdrawnId()).orElseThrow();
            Application replacement = vacancy.getReplacementId() == null ? null
                    : applications.findById(vacancy.getReplacementId()).orElse(null);
            boolean proposed = vacancy.isOpen() && proposal != null && proposal.getVacancyIds().contains(vacancy.getId());
            Application candidate = proposed && proposal.enteringFor(vacancy.getId()) != null
                    ? applications.findById(proposal.enteringFor(vacancy.getId())).orElse(null) : null;
            found.add(new Vacancy(vacancy, withdrawn, replacement, proposed ? proposal : null, candidate,
                    proposed ? sentence(proposal, shortfalls, candidate, withdrawn, locale) : null,
                    proposed ? shortfalls.stream().map(s -> line(s, locale)).toList() : List.of(),
                    proposed ? conflicts(proposal, locale) : List.of(),
                    vacancy.getShortfalls() == null ? List.of()
                            : json.readValue(vacancy.getShortfalls(), SHORTFALLS).stream().map(s -> line(s, locale)).toList(),
                    insteadOf(withdrawn, locale)));
        }
        return found;
    }

    /** A freed seat: who left, who took it (once filled), and while it is open the proposal and who it brings to this seat. */
    public record Vacancy(SelectionVacancy vacancy, Application withdrawn, Application replacement, ReplacementProposal proposal,
                          Application seatCandidate, String sentence, List<ShortfallLine> shortfalls, List<String> conflicts,
                          List<ShortfallLine> acceptedShortfalls, String insteadOf) {

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
                    + FrenchNames.agreement(withdrawn.getCivility(), withdrawn.getGender()).name().toLowerCase(Locale.ROOT);
        }

        /** The application the proposal brings to this seat, when every remaining participant stays. */
        public Long proposedApplicationId() {
            return seatCandidate == null ? null : seatCandidate.getId();
        }

        public String proposedName() {
            return seatCandidate == null ? null : seatCandidate.getFullName();
        }


        /**
         * The proposal recomposes the cohort to keep every quota: accepted once for all its seats, so it is
         * offered on the first of them.
         */
        public boolean offersRecomposition() {
            return proposal != null && proposal.getKind() == Replacement.Kind.RESOLVED
                    && proposal.getVacancyIds().getFirst().equals(vacancy.getId());
        }

        /** No cohort keeps every quota: staff choose a way out. */
        public boolean deadEnd() {
            return proposal != null && (proposal.getKind() == Replacement.Kind.SHORT || proposal.getKind() == Replacement.Kind.IMPOSSIBLE);
        }
    }

    /** Who a newcomer would replace, as "instead of" takes it: in French "d’Anne Etat", "de Bruno Etat"; elsewhere the name. */
    private static String insteadOf(Application withdrawn, Locale locale) {
        return "fr".equals(SelectionRuns.language(locale).getLanguage()) ? FrenchNames.de(withdrawn.getFullName()) : withdrawn.getFullName();
    }

    /** A quota left short, said in words, and the settings field that relaxes it. */
    public record ShortfallLine(String sentence, String label, String settingsAnchor) {
    }

    /** The settings at fault when no proposal exists, in the reader's language. */
    private List<String> conflicts(ReplacementProposal proposal, Locale locale) {
        Map<String, List<String>> byLanguage = json.readValue(proposal.getConflicts(), CONFLICTS);
        return byLanguage.getOrDefault(SelectionRuns.language(locale).getLanguage(), List.of());
    }

    private String sentence(ReplacementProposal proposal, List<Shortfall> shortfalls, Application candidate, Application withdrawn,
                            Locale locale) {
        List<Long> seats = proposal.getVacancyIds();
        String leftBy = names(seats.stream().map(id -> vacancies.findById(id).orElseThrow().getWithdrawnId()).toList());
        return switch (proposal.getKind()) {
            case SINGLE_SWAP -> messages.getMessage("selection.replacement.single-swap", new Object[] {candidate.getFullName(),
                    withdrawn.getFullName(), candidate.getJuryScore()}, locale);
            case FILLED -> messages.getMessage("selection.replacement.filled", new Object[] {names(proposal.getEnteringIds()), leftBy,
                    proposal.getEnteringIds().size()}, locale);
            case RESOLVED -> messages.getMessage("selection.replacement.resolved", new Object[] {leftBy, proposal.getKept(),
                    proposal.getRemaining(), names(proposal.getEnteringIds()), names(proposal.getLeavingIds())}, locale);
            case SHORT -> messages.getMessage("selection.replacement.short", new Object[] {leftBy,
                    shortfalls.stream().mapToInt(s -> s.missing() + s.excess()).sum(), proposal.getKept(), proposal.getRemaining()}, locale);
            case IMPOSSIBLE -> messages.getMessage("selection.replacement.impossible", new Object[] {leftBy}, locale) + " "
                    + messages.getMessage("selection.vacancy.impossible.hint", null, locale);
        };
    }

    /** "Il manque 1 personne pour l’horizon « Parlementaires » : quota minimum 2, 1 possible." */
    private ShortfallLine line(Shortfall shortfall, Locale locale) {
        String attribute = messages.getMessage("selection.shortfall.attribute." + shortfall.attribute(), null, locale);
        String label = label(shortfall, locale);
        String sentence = shortfall.missing() > 0
                ? messages.getMessage("selection.shortfall.missing", new Object[] {shortfall.missing(), attribute, label,
                        shortfall.minimum(), shortfall.count()}, locale)
                : messages.getMessage("selection.shortfall.excess", new Object[] {shortfall.excess(), attribute, label,
                        shortfall.maximum(), shortfall.count()}, locale);
        return new ShortfallLine(sentence, label, anchor(shortfall));
    }

    /** The quota's value in the reader's language: the horizon's, region's or gender's label. */
    String label(Shortfall shortfall, Locale locale) {
        return wording.labels(locale).apply(shortfall.attribute(), shortfall.value());
    }

    /** The settings page's field for this quota: the gender band, or the horizon's or region's minimum (or maximum). */
    private String anchor(Shortfall shortfall) {
        if (GENDER.equals(shortfall.attribute())) {
            return "genderMinPercent";
        }
        List<Background> all = backgrounds.all();
        int row = -1;
        if (SelectionSettings.QuotaSetting.BACKGROUND.equals(shortfall.attribute())) {
            for (int i = 0; i < all.size(); i++) {
                if (String.valueOf(all.get(i).getId()).equals(shortfall.value())) {
                    row = i;
                }
            }
        } else if (SelectionSettings.QuotaSetting.REGION.equals(shortfall.attribute())) {
            row = all.size() + Region.valueOf(shortfall.value()).ordinal();
        }
        return row < 0 ? "seats" : "quota-" + row + (shortfall.missing() > 0 ? "-min" : "-max");
    }

    private String names(List<Long> applicationIds) {
        return applicationIds.stream().map(id -> applications.findById(id).map(Application::getFullName).orElse("–"))
                .collect(Collectors.joining(", "));
    }

    private static List<Long> applicationIds(List<String> candidateIds) {
        return candidateIds.stream().map(id -> SelectionPool.applicationId(id).orElseThrow()).toList();
    }

    /** What a proposal is computed on: the open seats, and the request for all of them under the current settings. */
    private record Inputs(List<Long> vacancyIds, ReplacementRequest request, String digest) {
    }

    /**
     * The cohort is the participants selected today plus those who left the open seats; every application
     * still in the running with a score may enter, under today's settings.
     */
    private Optional<Inputs> inputs(Session session) {
        if (runs.confirmed(session).isEmpty()) {
            return Optional.empty();
        }
        List<SelectionVacancy> open = vacancies.findBySessionIdOrderByOpenedAtAscIdAsc(session.getId()).stream()
                .filter(SelectionVacancy::isOpen).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        List<Application> all = applications.findBySessionIdOrderByIdAsc(session.getId());
        Map<Long, Application> byId = all.stream().collect(Collectors.toMap(Application::getId, Function.identity()));
        List<Application> withdrawn = open.stream().map(v -> byId.get(v.getWithdrawnId())).toList();
        SelectionSettings settings = runs.settingsOf(session);
        SelectionPool pool = SelectionPool.of(all, withdrawn, settings, backgrounds);
        Set<String> known = pool.request().candidates().stream().map(SelectionRequest.Candidate::id).collect(Collectors.toSet());
        List<String> cohort = new ArrayList<>(all.stream().filter(a -> a.getStatus() == ApplicationStatus.SELECTED)
                .map(SelectionPool::idOf).filter(known::contains).toList());
        List<SelectionVacancy> solvable = open.stream().filter(v -> known.contains(SelectionPool.idOf(byId.get(v.getWithdrawnId())))).toList();
        if (solvable.isEmpty()) {
            return Optional.empty();
        }
        List<String> withdrawnIds = solvable.stream().map(v -> SelectionPool.idOf(byId.get(v.getWithdrawnId()))).toList();
        cohort.addAll(withdrawnIds);
        SelectionRequest request = new SelectionRequest(cohort.size(), pool.request().candidates(), pool.request().quotas(),
                pool.request().maxPerOrganisation(), pool.request().forceIn(), pool.request().forceOut(), null);
        ReplacementRequest replacement = new ReplacementRequest(request, cohort, withdrawnIds.getFirst(),
                withdrawnIds.subList(1, withdrawnIds.size()));
        List<Long> vacancyIds = solvable.stream().map(SelectionVacancy::getId).toList();
        return Optional.of(new Inputs(vacancyIds, replacement, digest(vacancyIds + json.writeValueAsString(replacement))));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
