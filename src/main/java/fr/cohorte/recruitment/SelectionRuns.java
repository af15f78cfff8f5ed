package fr.cohorte.recruitment;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Backgrounds;
import fr.cohorte.recruitment.SelectionSettings.QuotaSetting;
import fr.cohorte.recruitment.internal.ApplicationCallRepository;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.recruitment.internal.SelectionEngine;
import fr.cohorte.recruitment.internal.SelectionMessages;
import fr.cohorte.recruitment.internal.SelectionReasons;
import fr.cohorte.recruitment.internal.SelectionRunRepository;
import fr.cohorte.recruitment.internal.SelectionSettingsRepository;
import fr.cohorte.session.Session;
import fr.cohorte.web.EditConflicts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A session's selection before it is confirmed: the settings, the runs on the applications still in
 * the running (each one recorded with its request and answer), the cost of forcing someone in, and the
 * comparison of two runs.
 */
@Service
@Transactional(readOnly = true)
public class SelectionRuns {

    private final SelectionSettingsRepository settings;
    private final SelectionRunRepository runs;
    private final ApplicationRepository applications;
    private final ApplicationCallRepository calls;
    private final Backgrounds backgrounds;
    private final SelectionWording wording;
    private final CohortSelection selection;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SelectionRuns(SelectionSettingsRepository settings, SelectionRunRepository runs, ApplicationRepository applications,
                  ApplicationCallRepository calls, Backgrounds backgrounds, SelectionWording wording, CohortSelection selection,
                  JsonMapper json, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.settings = settings;
        this.runs = runs;
        this.applications = applications;
        this.calls = calls;
        this.backgrounds = backgrounds;
        this.wording = wording;
        this.selection = selection;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The saved settings, or the defaults: the call's places (else 30) and one person per organisation. */
    public SelectionSettings settingsOf(Session session) {
        return settings.findById(session.getId()).orElseGet(() -> new SelectionSettings(session.getId(),
                calls.findBySessionId(session.getId()).map(ApplicationCall::getPlaces).orElse(SelectionSettings.DEFAULT_SEATS)));
    }

    /**
     * Saves the session's selection settings as their form was opened on ({@code seenVersion}): if someone
     * saved them, or forced an application, meanwhile, nothing changes ({@link EditConflicts}).
     */
    @Transactional
    public SelectionSettings saveSettings(Session session, long seenVersion, int seats, Integer maxPerOrganisation, Integer genderMinPercent,
                                          List<QuotaSetting> quotas) {
        SelectionSettings saved = settingsOf(session);
        EditConflicts.requireSeen(saved.getVersion(), seenVersion, SelectionSettings.class, session.getNumber());
        SettingsDetails before = SettingsDetails.of(saved);
        Map<String, String> quotasBefore = quotasInWords(saved);
        saved.update(seats, maxPerOrganisation, genderMinPercent, quotas);
        AuditDetail detail = AuditDetail.of("audit.detail.selection.settings.updated", session.getNumber())
                .changedFields("audit.field.selection-settings.", before, SettingsDetails.of(saved));
        Map<String, String> quotasAfter = quotasInWords(saved);
        Map<String, String> named = new LinkedHashMap<>(quotasBefore);
        quotasAfter.forEach(named::putIfAbsent);
        for (String quota : named.keySet()) {
            detail = detail.changed(quota, quotasBefore.get(quota), quotasAfter.get(quota));
        }
        audit.record(AuditAction.UPDATED, "selection-settings:" + session.getNumber(), detail);
        SelectionSettings kept = settings.save(saved);
        events.publishEvent(new SelectionSettingsChanged(session.getId()));
        return kept;
    }

    /** The settings other than quotas, as the audit trail compares them before and after. */
    private record SettingsDetails(int seats, Integer maxPerOrganisation, Integer genderMinPercent) {

        static SettingsDetails of(SelectionSettings settings) {
            return new SettingsDetails(settings.getSeats(), settings.getMaxPerOrganisation(), settings.getGenderMinPercent());
        }
    }

    /**
     * Each quota by what it bounds (a region's message key, a horizon's French name, as staff named it)
     * and its bounds written the same way in both languages: "1–3", "≥ 1" or "≤ 3".
     */
    private Map<String, String> quotasInWords(SelectionSettings settings) {
        Map<String, String> labels = new LinkedHashMap<>();
        backgrounds.all().forEach(b -> labels.put(QuotaSetting.BACKGROUND + ":" + b.getId(), b.getLabelFr()));
        Map<String, String> words = new LinkedHashMap<>();
        for (QuotaSetting quota : settings.getQuotas()) {
            String what = QuotaSetting.REGION.equals(quota.attribute()) ? "region." + quota.value()
                    : labels.getOrDefault(quota.attribute() + ":" + quota.value(), quota.value());
            String bounds = quota.minCount() == null ? "≤ " + quota.maxCount()
                    : quota.maxCount() == null ? "≥ " + quota.minCount() : quota.minCount() + "–" + quota.maxCount();
            words.put(what, bounds);
        }
        return words;
    }

    /** Forces the application in ({@code true}), out ({@code false}) or lets the scores decide ({@code null}). */
    @Transactional
    public void force(Session session, Application application, Boolean in) {
        if (!application.getSessionId().equals(session.getId())) {
            throw new IllegalArgumentException("Application of another session");
        }
        SelectionSettings saved = settingsOf(session);
        Boolean before = saved.forcingOf(application.getId());
        saved.force(application.getId(), in);
        settings.save(saved);
        audit.record(AuditAction.UPDATED, "application:" + application.getId(),
                AuditDetail.of("audit.detail.selection.forcing", application.getFullName(), session.getNumber())
                        .changed("audit.field.selection.forcing", forcingKey(before), forcingKey(in)));
        events.publishEvent(new SelectionSettingsChanged(session.getId()));
    }

    /** The applications the next run would take, and how many are left out for want of a jury score. */
    public SelectionPool pool(Session session) {
        return SelectionPool.of(applications.findBySessionIdOrderByIdAsc(session.getId()), List.of(), settingsOf(session),
                backgrounds);
    }

    /**
     * Solves on the current applications and settings and records the run, whatever its outcome. Its
     * sentences are kept as codes: whoever reads the run reads them in their own language.
     */
    @Transactional
    public SelectionRun run(Session session, String by) {
        SelectionPool pool = pool(session);
        SelectionEngine.Explained explained = selection.explain(pool.request());
        SelectionResponse response = explained.answer();
        SelectionRun run = runs.save(new SelectionRun(session.getId(), by, clock.instant(), response.status(),
                response.totalScore(), pool.unscored(), json.writeValueAsString(pool.request()),
                json.writeValueAsString(response), json.writeValueAsString(explained.reasons())));
        audit.record(AuditAction.CREATED, "selection-run:" + run.getId(),
                AuditDetail.of("audit.detail.selection.run." + response.status(), session.getNumber(), response.selected().size()));
        return run;
    }

    public List<SelectionRun> runs(Session session) {
        return runs.findBySessionIdOrderByRunAtDescIdDesc(session.getId());
    }

    public Optional<SelectionRun> run(Session session, Long id) {
        return runs.findById(id).filter(run -> run.getSessionId().equals(session.getId()));
    }

    public Optional<SelectionRun> confirmed(Session session) {
        return runs.findFirstBySessionIdAndConfirmedAtNotNullOrderByConfirmedAtDesc(session.getId());
    }

    /** A run's outcome leaves as a file: the trail says which run, how many candidates and in what format. */
    @Transactional
    public void recordExport(Session session, SelectionRun run, String format, int count) {
        audit.record(AuditAction.EXPORTED, "selection-run:" + run.getId(),
                AuditDetail.of("audit.detail.selection.run.exported", run.getId(), session.getNumber(), count, format));
    }

    /** Who the run selected and put on the waiting list, for decisions: its sentences are not worded. */
    SelectionOutcome decided(SelectionRun run) {
        return SelectionOutcome.of(run, requestOf(run), json.readValue(run.getResponse(), SelectionResponse.class),
                SelectionMessages.AS_GIVEN);
    }

    /** The run as the reader reads it: its sentences, horizons, regions and genders in their language. */
    public SelectionOutcome outcome(SelectionRun run, Locale locale) {
        SelectionResponse stored = json.readValue(run.getResponse(), SelectionResponse.class);
        // A run recorded before its sentences were kept as codes shows them as they were written.
        SelectionResponse response = run.getReasons() == null ? stored
                : json.readValue(run.getReasons(), SelectionReasons.class).rendered(stored, wording.in(locale));
        return SelectionOutcome.of(run, requestOf(run), response, wording.labels(locale));
    }

    SelectionRequest requestOf(SelectionRun run) {
        return json.readValue(run.getRequest(), SelectionRequest.class);
    }

    /** The exact cost of forcing one candidate of the run in, solved again on the run's own request. */
    public Optional<ForcingCost> forcingCost(SelectionRun run, Long applicationId, Locale locale) {
        SelectionRequest request = requestOf(run);
        return request.candidates().stream()
                .filter(c -> SelectionPool.applicationId(c.id()).filter(applicationId::equals).isPresent())
                .findFirst()
                .map(candidate -> selection.forcingCost(request, candidate.id(), wording.in(locale)));
    }

    /** In, out or decided by the scores, as a message key the trail reads in each reader's language. */
    private static String forcingKey(Boolean in) {
        return "audit.value.forcing." + (in == null ? "none" : in ? "in" : "out");
    }

    static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CohortSelection.DEFAULT_LOCALE;
    }
}
