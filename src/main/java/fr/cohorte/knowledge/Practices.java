package fr.cohorte.knowledge;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Organisations;
import fr.cohorte.knowledge.internal.PracticeQueries;
import fr.cohorte.knowledge.internal.PracticeRepository;
import fr.cohorte.knowledge.internal.TaxonomyTermRepository;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.EditConflicts;
import fr.cohorte.web.Paging;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of cooperation practices: drafting one (from a passage of a note, or from scratch),
 * editing, sourcing and publishing it, and reading it as each reader may. Staff edit every practice,
 * a session's coordinators those of their session; the public reads published ones.
 */
@Service
public class Practices {

    /** The refusal of a practice that does not exist, or that the reader may not see: both look the same. */
    public static final String NOT_FOUND = "practice.refused.not-found";

    private final PracticeRepository practices;
    private final TaxonomyTermRepository terms;
    private final PracticeQueries queries;
    private final PracticeEditors editors;
    private final Organisations organisations;
    private final SessionCatalogue sessions;
    private final ProgrammeEditor programme;
    private final AuditTrail audit;
    private final Clock clock;

    Practices(PracticeRepository practices, TaxonomyTermRepository terms, PracticeQueries queries, PracticeEditors editors,
              Organisations organisations, SessionCatalogue sessions, ProgrammeEditor programme, AuditTrail audit, Clock clock) {
        this.practices = practices;
        this.terms = terms;
        this.queries = queries;
        this.editors = editors;
        this.organisations = organisations;
        this.sessions = sessions;
        this.programme = programme;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A draft practice drawn from a passage of a contribution: the passage is its first source, kept
     * word for word with the few words before and after it (a W3C TextQuoteSelector). The caller must
     * be staff or a coordinator of the session.
     *
     * @param typeId the practice's type, or null for the first type of the list (to be set when editing)
     * @return the new practice's id
     */
    @Transactional
    public long draftFromPassage(long sessionNumber, long contributionId, String exact, String prefix, String suffix,
                                 String title, Long typeId) {
        long type = typeId != null ? typeId : terms.findByTaxonomyOrderByPositionAscIdAsc(Taxonomy.PRACTICE_TYPE).stream()
                .filter(term -> !term.isRetired()).findFirst().orElseThrow().getId();
        PracticeSource passage = PracticeSource.passage(contributionId, exact, prefix, suffix);
        Practice practice = newPractice(PracticeDetails.draft(title, type, Math.toIntExact(sessionNumber)));
        practice.addSource(passage);
        audit.record(AuditAction.CREATED, "practice:" + practice.getId(), AuditDetail.of("audit.detail.practice.created-from-passage",
                practice.getTitle(), contributionId));
        return practice.getId();
    }

    @Transactional
    public long create(PracticeDetails details) {
        Practice practice = newPractice(details);
        audit.record(AuditAction.CREATED, "practice:" + practice.getId(), AuditDetail.of("audit.detail.practice.created", practice.getTitle()));
        return practice.getId();
    }

    /**
     * Saves an editor's changes, unless someone saved the practice since the editor opened it
     * ({@code seenVersion}): then nothing is written and the editor is told.
     */
    @Transactional
    public void update(long id, long seenVersion, PracticeDetails details) {
        Practice practice = editable(id);
        editors.checkMayEdit(details.sessionNumber());
        EditConflicts.requireSeen(practice.getVersion(), seenVersion, Practice.class, id);
        Set<Long> carried = practice.getDomains().stream().map(TaxonomyTerm::getId).collect(Collectors.toSet());
        practice.getTargetPublics().forEach(term -> carried.add(term.getId()));
        carried.add(practice.getType().getId());
        describe(practice, details, carried);
        audit.record(AuditAction.UPDATED, "practice:" + id, AuditDetail.of("audit.detail.practice.updated", practice.getTitle()));
    }

    @Transactional
    public void changeStatus(long id, PracticeStatus status) {
        Practice practice = editable(id);
        PracticeStatus before = practice.getStatus();
        practice.changeStatus(status, clock.instant());
        audit.record(AuditAction.UPDATED, "practice:" + id, AuditDetail.of("audit.detail.practice.status", practice.getTitle())
                .changed("audit.field.practice.status", "practice.status." + before, "practice.status." + status));
    }

    @Transactional
    public void addSource(long id, PracticeSource source) {
        Practice practice = editable(id);
        if (source.getKind() == PracticeSourceKind.ACTIVITY) {
            try {
                programme.activity(source.getActivityId());
            } catch (RefusedException unknown) {
                if (!unknown.refusal().is(ProgrammeEditor.ACTIVITY_NOT_FOUND)) {
                    throw unknown;
                }
                throw Refusal.invalid("practice.source.activity.gone").on("activityId").exception();
            }
        }
        practice.addSource(source);
        audit.record(AuditAction.UPDATED, "practice:" + id, AuditDetail.of("audit.detail.practice.source-added", practice.getTitle(),
                source.getUrl()).changed("audit.field.practice.source", null, "practice.source." + source.getKind()));
    }

    @Transactional
    public void removeSource(long id, long sourceId) {
        Practice practice = editable(id);
        if (practice.removeSource(sourceId)) {
            audit.record(AuditAction.UPDATED, "practice:" + id, AuditDetail.of("audit.detail.practice.source-removed", practice.getTitle(), sourceId));
        }
    }

    /** A practice as the person logged in may read it: published, or one they edit; not found otherwise. */
    @Transactional(readOnly = true)
    public Practice visible(long id) {
        Practice practice = practices.findById(id).orElseThrow(() -> Refusal.notFound(Practices.NOT_FOUND, id).exception());
        if (!practice.isPublished() && !editors.mayEdit(practice.getSessionNumber())) {
            throw Refusal.notFound(Practices.NOT_FOUND, id).exception();
        }
        return practice;
    }

    /** A published practice, for a card in a chapter or any public use; empty when it is not published. */
    @Transactional(readOnly = true)
    public Optional<Practice> published(long id) {
        return practices.findById(id).filter(Practice::isPublished);
    }

    /** A practice the person logged in may edit. */
    @Transactional(readOnly = true)
    public Practice editable(long id) {
        editors.checkMayEditSome();
        Practice practice = practices.findById(id).orElseThrow(() -> Refusal.notFound(Practices.NOT_FOUND, id).exception());
        editors.checkMayEdit(practice.getSessionNumber());
        return practice;
    }

    public boolean mayEdit(Practice practice) {
        return editors.mayEdit(practice.getSessionNumber());
    }

    /** The practices the person logged in edits, latest changed first. */
    @Transactional(readOnly = true)
    public List<Practice> editableByMe() {
        editors.checkMayEditSome();
        return editors.isStaff() ? practices.findAllByOrderByUpdatedAtDescIdDesc() : practices.findBySessions(editors.coordinatedSessions());
    }

    /** One page of the published practices that match, by title. */
    @Transactional(readOnly = true)
    public Page<Practice> published(PracticeFilter filter, Paging paging) {
        return page(filter, PracticeQueries.Readers.publicOnly(), paging);
    }

    /** One page of the practices the person logged in may read (published, and those they edit). */
    @Transactional(readOnly = true)
    public Page<Practice> readable(PracticeFilter filter, Paging paging) {
        return page(filter, readers(), paging);
    }

    /** The facet counts of the published practices that match: from the same condition as the list. */
    @Transactional(readOnly = true)
    public PracticeFacets publishedFacets(PracticeFilter filter) {
        return queries.facets(filter, PracticeQueries.Readers.publicOnly());
    }

    /** Every published practice that matches, for an export. */
    @Transactional(readOnly = true)
    public List<Practice> allPublished(PracticeFilter filter) {
        return load(queries.allIds(filter, PracticeQueries.Readers.publicOnly()));
    }

    @Transactional(readOnly = true)
    public List<Practice> byIds(java.util.Collection<Long> ids) {
        return practices.findAllById(ids).stream().sorted(java.util.Comparator.comparing(Practice::getTitle)).toList();
    }

    /** Records that someone exported the registry. */
    @Transactional
    public void recordExport(String format, int count) {
        audit.record(AuditAction.EXPORTED, "practices", AuditDetail.of("audit.detail.practices.exported", count, format));
    }

    private Page<Practice> page(PracticeFilter filter, PracticeQueries.Readers readers, Paging paging) {
        long total = queries.count(filter, readers);
        return paging.page(total, shown -> load(queries.ids(filter, readers, shown.getOffset(), shown.getPageSize())));
    }

    private PracticeQueries.Readers readers() {
        return editors.isStaff() ? new PracticeQueries.Readers(true, List.of())
                : new PracticeQueries.Readers(false, editors.coordinatedSessions());
    }

    private List<Practice> load(List<Long> ids) {
        Map<Long, Practice> byId = practices.findAllById(ids).stream().collect(Collectors.toMap(Practice::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    private Practice newPractice(PracticeDetails details) {
        editors.checkMayEdit(details.sessionNumber());
        Practice practice = new Practice(clock.instant());
        describe(practice, details, Set.of());
        return practices.save(practice);
    }

    /** Checks the details and writes them; a term already carried may stay even if it was retired since. */
    private void describe(Practice practice, PracticeDetails details, Set<Long> carried) {
        if (details.title() == null || details.title().isBlank()) {
            throw Refusal.invalid("field.required").on("title").exception();
        }
        if (details.title().strip().length() > 300) {
            throw Refusal.invalid("field.too-long").on("title").exception();
        }
        TaxonomyTerm type = term(details.typeId(), Taxonomy.PRACTICE_TYPE, carried, "typeId");
        Set<TaxonomyTerm> domains = new HashSet<>();
        details.domainIds().forEach(id -> domains.add(term(id, Taxonomy.DOMAIN, carried, "domainIds")));
        Set<TaxonomyTerm> publics = new HashSet<>();
        details.targetPublicIds().forEach(id -> publics.add(term(id, Taxonomy.TARGET_PUBLIC, carried, "targetPublicIds")));
        for (Long organisation : details.organisationIds()) {
            if (organisations.byId(organisation).isEmpty()) {
                throw Refusal.invalid("practice.organisation.unknown").on("organisationIds").exception();
            }
        }
        if (details.startedOn() != null && details.endedOn() != null && details.endedOn().isBefore(details.startedOn())) {
            throw Refusal.invalid("practice.dates.order").on("endedOn").exception();
        }
        if (details.stage() == null) {
            throw Refusal.invalid("field.required").on("stage").exception();
        }
        if (details.evidence() == null) {
            throw Refusal.invalid("field.required").on("evidence").exception();
        }
        if (details.sessionNumber() != null) {
            try {
                sessions.byNumber(details.sessionNumber());
            } catch (RefusedException unknown) {
                if (!unknown.refusal().is(SessionCatalogue.NOT_FOUND)) {
                    throw unknown;
                }
                throw Refusal.invalid("practice.session.unknown").on("sessionNumber").exception();
            }
        }
        practice.describe(details, type, domains, publics, clock.instant());
    }

    private TaxonomyTerm term(long id, Taxonomy taxonomy, Set<Long> carried, String field) {
        TaxonomyTerm term = terms.findById(id).filter(found -> found.getTaxonomy() == taxonomy)
                .orElseThrow(() -> Refusal.invalid("taxonomy.term.unknown").on(field).exception());
        if (term.isRetired() && !carried.contains(id)) {
            throw Refusal.invalid("taxonomy.term.retired").on(field).exception();
        }
        return term;
    }
}
