package fr.cohorte.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.grouping.CohortMember;
import fr.cohorte.grouping.GroupWork;
import fr.cohorte.grouping.Round;
import fr.cohorte.grouping.SessionGroups;
import fr.cohorte.knowledge.internal.ContributionAttachmentRepository;
import fr.cohorte.knowledge.internal.ContributionRepository;
import fr.cohorte.knowledge.internal.ContributionVersionRepository;
import fr.cohorte.search.SearchReader;
import fr.cohorte.session.Activity;
import fr.cohorte.session.Enrolment;
import fr.cohorte.session.Seminar;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import fr.cohorte.web.ScopedAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants' contributions and who may do what with them. Authors edit and choose the
 * visibility; readers per visibility: only us, the authors; the cohort, the session's participants,
 * staff and the session's coordinators; staff and coordinators, them and the authors; public,
 * everyone once a coordinator of the session approved it (until then as staff and coordinators).
 * Every save is a version; a save made on an older version than the last is refused with both texts.
 * Someone who may not read a contribution is told it does not exist.
 */
@Service
public class Contributions {

    /** The refusal of a contribution that does not exist, or that the reader may not see: both look the same. */
    public static final String NOT_FOUND = "contribution.refused.not-found";
    /** The refusals of a reader who may see a contribution but not do this to it. */
    public static final String NOT_AUTHOR = "contribution.refused.not-author";
    public static final String NOT_PARTICIPANT = "contribution.refused.not-participant";
    public static final String NOT_COORDINATOR = "contribution.refused.not-coordinator";
    public static final String PASSAGE_REFUSED = "contribution.passage.refused";
    /** The refusal of a subject's group that is not one of the session's. */
    public static final String GROUP = "contribution.refused.group";
    /** The refusal of a save made on an older version than the one saved since, whose number is the argument. */
    public static final String CHANGED_MEANWHILE = "contribution.refused.changed-meanwhile";

    private final ContributionRepository contributions;
    private final ContributionVersionRepository versions;
    private final ContributionAttachmentRepository attachments;
    private final SessionCatalogue sessions;
    private final Enrolment enrolment;
    private final GroupWork groupWork;
    private final SessionCoordinators coordinators;
    private final AuditTrail audit;
    private final Clock clock;

    Contributions(ContributionRepository contributions, ContributionVersionRepository versions,
                  ContributionAttachmentRepository attachments, SessionCatalogue sessions, Enrolment enrolment, GroupWork groupWork,
                  SessionCoordinators coordinators, AuditTrail audit, Clock clock) {
        this.contributions = contributions;
        this.versions = versions;
        this.attachments = attachments;
        this.sessions = sessions;
        this.enrolment = enrolment;
        this.groupWork = groupWork;
        this.coordinators = coordinators;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a new contribution is about: an activity or a seminar of the session, or a group of a round (a synthesis). */
    public record Subject(ContributionKind kind, String title, Long activityId, Long seminarId, Long roundId, Integer groupNumber) {
    }

    /** A save's outcome: the contribution as saved, and whether the save withdrew an approval. */
    public record Saved(Contribution contribution, boolean approvalWithdrawn) {
    }

    // ---- who may do what -------------------------------------------------------------------

    public static boolean isStaff(SearchReader reader) {
        return reader.isStaff();
    }

    /** A coordinator of the session: of one of its books. */
    @Transactional(readOnly = true)
    public boolean isCoordinator(SearchReader reader, int sessionNumber) {
        Set<Long> books = reader.scopes(ScopedAccess.COORDINATOR);
        return !books.isEmpty() && coordinators.sessionsOf(books).contains(sessionNumber);
    }

    /** A participant of the session: enrolled in its cohort, or holding its participant role. */
    @Transactional(readOnly = true)
    public boolean isParticipant(SearchReader reader, int sessionNumber) {
        if (ScopedAccess.holds(reader.authorities(), ScopedAccess.PARTICIPANT, sessionNumber)) {
            return true;
        }
        return reader.personId() != null && sessions.byNumberIfAny(sessionNumber)
                .map(session -> enrolment.isParticipant(session, reader.personId())).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean mayRead(Contribution contribution, SearchReader reader) {
        if (contribution.isAuthor(reader.personId())) {
            return true;
        }
        int session = contribution.getSessionNumber();
        return switch (contribution.getVisibility()) {
            case ONLY_US -> false;
            case COHORT -> isStaff(reader) || isCoordinator(reader, session) || isParticipant(reader, session);
            case STAFF_AND_COORDINATORS -> isStaff(reader) || isCoordinator(reader, session);
            case PUBLIC -> contribution.isPublished() || isStaff(reader) || isCoordinator(reader, session);
        };
    }

    public boolean mayEdit(Contribution contribution, SearchReader reader) {
        return contribution.isAuthor(reader.personId());
    }

    // ---- reading ---------------------------------------------------------------------------

    /** The contribution, if the reader may read it. */
    @Transactional(readOnly = true)
    public Contribution get(long id, SearchReader reader) {
        return contributions.findById(id).filter(found -> mayRead(found, reader))
                .orElseThrow(() -> Refusal.notFound(Contributions.NOT_FOUND, id).exception());
    }

    /** The contribution, if the reader is one of its authors; others who may read it are refused, others still told it does not exist. */
    @Transactional(readOnly = true)
    public Contribution forEditing(long id, SearchReader reader) {
        Contribution found = get(id, reader);
        if (!mayEdit(found, reader)) {
            throw Refusal.forbidden(Contributions.NOT_AUTHOR).exception();
        }
        return found;
    }

    /** What the reader may see of the session's contributions: theirs first, then the newest first; of one activity when given. */
    @Transactional(readOnly = true)
    public List<Contribution> visibleIn(int sessionNumber, Long activityId, SearchReader reader) {
        List<Contribution> seen = new ArrayList<>(contributions.findBySessionNumberOrderByUpdatedAtDescIdDesc(sessionNumber).stream()
                .filter(c -> activityId == null || activityId.equals(c.getActivityId()))
                .filter(c -> mayRead(c, reader)).toList());
        seen.sort(Comparator.comparing((Contribution c) -> !c.isAuthor(reader.personId())));
        return seen;
    }

    /** Every save of the contribution, newest first. */
    @Transactional(readOnly = true)
    public List<ContributionVersion> versions(long id, SearchReader reader) {
        get(id, reader);
        return versions.findByContributionIdOrderByNumberDesc(id);
    }

    @Transactional(readOnly = true)
    public ContributionVersion version(long id, int number, SearchReader reader) {
        get(id, reader);
        return versions.findByContributionIdAndNumber(id, number).orElseThrow(() -> Refusal.notFound(Contributions.NOT_FOUND, id).exception());
    }

    /**
     * What the cohort may put in a book: the session's contributions shared with the cohort, and the
     * public ones a coordinator approved (never private notes, nor public ones still waiting), oldest first.
     */
    @Transactional(readOnly = true)
    public List<Contribution> sharedWithTheCohort(int sessionNumber) {
        return contributions.findBySessionNumberOrderByUpdatedAtDescIdDesc(sessionNumber).stream()
                .filter(c -> c.getVisibility() == ContributionVisibility.COHORT || c.isPublished())
                .sorted(Comparator.comparing(Contribution::getCreatedAt).thenComparing(Contribution::getId)).toList();
    }

    /**
     * The contribution whoever asks: for the registry, which shows a practice's passage and decides
     * with {@link #mayRead} whether to link to its note. Never shown as is.
     */
    @Transactional(readOnly = true)
    public Optional<Contribution> find(long id) {
        return contributions.findById(id);
    }

    /**
     * Whether the contribution comes from a hearing held under the Chatham House rule: whatever is
     * made public from it (a practice, a book's paragraph) must name no speaker.
     */
    @Transactional(readOnly = true)
    public boolean isUnderChathamHouse(long contributionId) {
        return contributions.findById(contributionId).flatMap(this::activityOf).map(Activity::isChathamHouse).orElse(false);
    }

    /** The activity the contribution is about, if any. */
    @Transactional(readOnly = true)
    public Optional<Activity> activityOf(Contribution contribution) {
        if (contribution.getActivityId() == null) {
            return Optional.empty();
        }
        return sessions.byNumberIfAny(contribution.getSessionNumber()).flatMap(session -> session.getSeminars().stream()
                .flatMap(seminar -> seminar.getActivities().stream())
                .filter(activity -> activity.getId().equals(contribution.getActivityId())).findFirst());
    }

    /** The seminar the contribution is about: its own, or its activity's. */
    @Transactional(readOnly = true)
    public Optional<Seminar> seminarOf(Contribution contribution) {
        Optional<Activity> activity = activityOf(contribution);
        if (activity.isPresent()) {
            return Optional.of(activity.get().getSeminar());
        }
        return sessions.byNumberIfAny(contribution.getSessionNumber()).flatMap(session -> session.getSeminars().stream()
                .filter(seminar -> seminar.getId().equals(contribution.getSeminarId())).findFirst());
    }

    /** The session's participants, who may be co-authors. */
    @Transactional(readOnly = true)
    public List<CohortMember> cohort(int sessionNumber) {
        return groupWork.of(sessionNumber).cohort();
    }

    // ---- writing ---------------------------------------------------------------------------

    /**
     * A participant of the session starts a contribution, visible to its authors only. A synthesis is
     * written for a working group of a round: the group's members are its authors.
     */
    @Transactional
    public Contribution create(int sessionNumber, Subject subject, SearchReader reader) {
        if (reader.personId() == null || !isParticipant(reader, sessionNumber)) {
            throw Refusal.forbidden(Contributions.NOT_PARTICIPANT, sessionNumber).exception();
        }
        String title = title(subject.title());
        Session session = sessions.byNumber(sessionNumber);
        Long activityId = null;
        Long seminarId = null;
        if (subject.activityId() != null) {
            Activity activity = session.getSeminars().stream().flatMap(s -> s.getActivities().stream())
                    .filter(a -> a.getId().equals(subject.activityId())).findFirst()
                    .orElseThrow(() -> Refusal.invalid("contribution.refused.subject").exception());
            activityId = activity.getId();
            seminarId = activity.getSeminar().getId();
        } else if (subject.seminarId() != null) {
            seminarId = session.getSeminars().stream().map(Seminar::getId).filter(subject.seminarId()::equals).findFirst()
                    .orElseThrow(() -> Refusal.invalid("contribution.refused.subject").exception());
        } else {
            throw Refusal.invalid("contribution.refused.subject").exception();
        }
        Set<Long> authors = new LinkedHashSet<>();
        authors.add(reader.personId());
        if (subject.kind() == ContributionKind.SYNTHESIS) {
            authors.addAll(groupMembers(sessionNumber, subject.roundId(), subject.groupNumber()));
        }
        Contribution contribution = new Contribution(sessionNumber, activityId, seminarId, subject.kind(), title, authors,
                clock.instant());
        if (subject.kind() == ContributionKind.SYNTHESIS) {
            contribution.groupOf(subject.roundId(), subject.groupNumber());
        }
        Contribution saved = contributions.saveAndFlush(contribution);
        audit.record(AuditAction.CREATED, target(saved), AuditDetail.of("audit.detail.contribution.created", saved.getTitle())
                .changed("audit.field.contribution.kind", null, "contribution.kind." + saved.getKind()));
        return saved;
    }

    /** The people of a round's group, by person. */
    private Set<Long> groupMembers(int sessionNumber, Long roundId, Integer groupNumber) {
        if (roundId == null || groupNumber == null) {
            throw Refusal.invalid("contribution.refused.group").exception();
        }
        SessionGroups groups = groupWork.of(sessionNumber);
        Round round = groups.round(roundId);
        if (round == null) {
            throw Refusal.invalid("contribution.refused.group").exception();
        }
        Set<Long> people = new LinkedHashSet<>();
        for (Map.Entry<Long, Integer> member : round.currentGroups().entrySet()) {
            if (groupNumber.equals(member.getValue())) {
                CohortMember person = groups.member(member.getKey());
                if (person != null && person.personId() != null) {
                    people.add(person.personId());
                }
            }
        }
        if (people.isEmpty()) {
            throw Refusal.invalid("contribution.refused.group").exception();
        }
        return people;
    }

    /**
     * An author saves the text they wrote on top of version {@code baseRevision}. When someone saved
     * in between, nothing is written and the refusal names the version they saved ({@link #version}). A save that changes
     * nothing writes no version.
     */
    @Transactional(noRollbackFor = RefusedException.class)
    public Saved save(long id, int baseRevision, String title, String body, SearchReader reader) {
        Contribution contribution = contributions.lockById(id).filter(found -> mayRead(found, reader))
                .orElseThrow(() -> Refusal.notFound(Contributions.NOT_FOUND, id).exception());
        if (!mayEdit(contribution, reader)) {
            throw Refusal.forbidden(Contributions.NOT_AUTHOR).exception();
        }
        String newTitle = title(title);
        String newBody = body == null ? "" : body;
        if (newBody.length() > Contribution.MAX_BODY) {
            throw Refusal.invalid("contribution.refused.too-long", Contribution.MAX_BODY).exception();
        }
        if (contribution.getRevision() != baseRevision) {
            throw Refusal.conflict(CHANGED_MEANWHILE, contribution.getRevision()).exception();
        }
        if (contribution.getRevision() > 0 && newTitle.equals(contribution.getTitle()) && newBody.equals(contribution.getBody())) {
            return new Saved(contribution, false);
        }
        String titleBefore = contribution.getTitle();
        boolean withdrawn = contribution.write(newTitle, newBody, clock.instant());
        Contribution saved = contributions.saveAndFlush(contribution);
        versions.save(new ContributionVersion(id, saved.getRevision(), saved.getTitle(), saved.getBody(), reader.personId(),
                clock.instant()));
        audit.record(AuditAction.UPDATED, target(saved), AuditDetail.of("audit.detail.contribution.written", saved.getTitle(), saved.getRevision())
                .changed("audit.field.contribution.title", titleBefore, saved.getTitle()));
        return new Saved(saved, withdrawn);
    }

    /** The authors choose who reads it; choosing public asks a coordinator's approval. */
    @Transactional
    public Contribution showTo(long id, ContributionVisibility visibility, SearchReader reader) {
        Contribution contribution = forEditing(id, reader);
        ContributionVisibility before = contribution.getVisibility();
        contribution.showTo(visibility, clock.instant());
        audit.record(AuditAction.UPDATED, target(contribution), AuditDetail.of("audit.detail.contribution.visibility", contribution.getTitle())
                .changed("audit.field.contribution.visibility", "contribution.visibility." + before, "contribution.visibility." + visibility));
        return contributions.saveAndFlush(contribution);
    }

    /** An author adds a participant of the session as a co-author. */
    @Transactional
    public Contribution addCoAuthor(long id, long personId, SearchReader reader) {
        Contribution contribution = forEditing(id, reader);
        boolean participant = cohort(contribution.getSessionNumber()).stream().anyMatch(m -> Objects.equals(m.personId(), personId));
        if (!participant) {
            throw Refusal.invalid("contribution.refused.co-author").exception();
        }
        contribution.addAuthor(personId);
        audit.record(AuditAction.UPDATED, target(contribution), AuditDetail.of("audit.detail.contribution.co-author-added", contribution.getTitle(),
                "person:" + personId));
        return contributions.saveAndFlush(contribution);
    }

    /** An author takes a co-author (or themselves) off; a contribution keeps at least one author. */
    @Transactional
    public Contribution removeCoAuthor(long id, long personId, SearchReader reader) {
        Contribution contribution = forEditing(id, reader);
        if (contribution.isAuthor(personId) && contribution.getAuthorIds().size() == 1) {
            throw Refusal.invalid("contribution.refused.last-author").exception();
        }
        contribution.removeAuthor(personId);
        audit.record(AuditAction.UPDATED, target(contribution), AuditDetail.of("audit.detail.contribution.co-author-removed", contribution.getTitle(),
                "person:" + personId));
        return contributions.saveAndFlush(contribution);
    }

    /** The public contributions of the session, waiting or approved, for its coordinators. */
    @Transactional(readOnly = true)
    public List<Contribution> approvals(int sessionNumber, SearchReader reader) {
        requireCoordinator(sessionNumber, reader);
        return contributions.findBySessionNumberOrderByUpdatedAtDescIdDesc(sessionNumber).stream()
                .filter(c -> c.getVisibility() == ContributionVisibility.PUBLIC).toList();
    }

    /** A coordinator of the session approves a public contribution: anyone reads it from now on. */
    @Transactional
    public Contribution approve(long id, SearchReader reader) {
        Contribution contribution = contributions.lockById(id).orElseThrow(() -> Refusal.notFound(Contributions.NOT_FOUND, id).exception());
        requireCoordinator(contribution.getSessionNumber(), reader);
        if (contribution.getVisibility() != ContributionVisibility.PUBLIC) {
            throw Refusal.notFound(Contributions.NOT_FOUND, id).exception();
        }
        contribution.approve(reader.personId(), clock.instant());
        audit.record(AuditAction.UPDATED, target(contribution), AuditDetail.of("audit.detail.contribution.approved", contribution.getTitle()));
        return contributions.saveAndFlush(contribution);
    }

    /** A coordinator withdraws the approval: the public no longer reads it. */
    @Transactional
    public Contribution withdrawApproval(long id, SearchReader reader) {
        Contribution contribution = contributions.lockById(id).orElseThrow(() -> Refusal.notFound(Contributions.NOT_FOUND, id).exception());
        requireCoordinator(contribution.getSessionNumber(), reader);
        contribution.withdrawApproval();
        audit.record(AuditAction.UPDATED, target(contribution), AuditDetail.of("audit.detail.contribution.approval-withdrawn", contribution.getTitle()));
        return contributions.saveAndFlush(contribution);
    }

    private void requireCoordinator(int sessionNumber, SearchReader reader) {
        if (!isCoordinator(reader, sessionNumber)) {
            throw Refusal.forbidden(Contributions.NOT_COORDINATOR, sessionNumber).exception();
        }
    }

    // ---- attachments -------------------------------------------------------------------------

    /**
     * An author attaches a PDF or an image, recognised by its bytes (never its name), of at most
     * {@link ContributionUploads#LARGEST_ATTACHMENT}.
     */
    @Transactional
    public ContributionAttachment attach(long id, String fileName, byte[] content, SearchReader reader) {
        Contribution contribution = forEditing(id, reader);
        String name = fileName(fileName);
        if (content.length == 0) {
            throw Refusal.invalid("contribution.attachments.empty").exception();
        }
        if (content.length > ContributionUploads.LARGEST_ATTACHMENT.toBytes()) {
            throw Refusal.invalid("contribution.attachments.too-large", name).exception();
        }
        ContributionAttachmentKind kind = ContributionAttachmentKind.of(content)
                .orElseThrow(() -> Refusal.invalid("contribution.attachments.not-recognised", name).exception());
        ContributionAttachment saved = attachments.save(new ContributionAttachment(contribution.getId(), name, kind, content,
                sha256(content), reader.personId(), clock.instant()));
        audit.record(AuditAction.CREATED, target(contribution), AuditDetail.of("audit.detail.contribution.attachment-added", name,
                contribution.getTitle(), kind));
        return saved;
    }

    /** The contribution's attachments, for whoever may read it. */
    @Transactional(readOnly = true)
    public List<ContributionAttachment> attachments(long id, SearchReader reader) {
        get(id, reader);
        return attachments.findByContributionIdOrderByAddedAtAscIdAsc(id);
    }

    /** One attachment with its content, for whoever may read its contribution. */
    @Transactional(readOnly = true)
    public ContributionAttachment attachment(long id, long attachmentId, SearchReader reader) {
        get(id, reader);
        ContributionAttachment found = attachments.findById(attachmentId).filter(a -> a.getContributionId() == id)
                .orElseThrow(() -> Refusal.notFound(Contributions.NOT_FOUND, id).exception());
        found.getContent();
        return found;
    }

    private static String fileName(String given) {
        String name = given == null ? "" : given.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "piece-jointe";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An erased person is no longer anyone's author, nor the one who saved a version or approved;
     * a contribution left without authors goes, with its versions.
     */
    @Transactional
    public void forget(Long personId) {
        versions.forgetSaver(personId);
        attachments.forgetAdder(personId);
        contributions.findByApprover(personId).forEach(c -> c.forgetApprover(personId));
        for (Contribution contribution : contributions.findByAuthor(personId)) {
            contribution.removeAuthor(personId);
            if (contribution.getAuthorIds().isEmpty()) {
                versions.deleteByContribution(contribution.getId());
                contributions.delete(contribution);
            } else {
                contributions.save(contribution);
            }
        }
        contributions.flush();
    }

    /** Two records of a person became one: what the merged one wrote, saved or approved is the kept one's. */
    @Transactional
    public void merge(Long keptId, Long mergedId) {
        for (Contribution contribution : contributions.findByAuthor(mergedId)) {
            contribution.removeAuthor(mergedId);
            contribution.addAuthor(keptId);
            contributions.save(contribution);
        }
        contributions.findByApprover(mergedId).forEach(c -> c.approve(keptId, c.getApprovedAt()));
        versions.moveSaver(mergedId, keptId);
        attachments.moveAdder(mergedId, keptId);
        contributions.flush();
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw Refusal.invalid("contribution.refused.blank-title").exception();
        }
        String stripped = title.strip();
        if (stripped.length() > Contribution.MAX_TITLE) {
            throw Refusal.invalid("contribution.refused.title-too-long", Contribution.MAX_TITLE).exception();
        }
        return stripped;
    }

    private static String target(Contribution contribution) {
        return "contribution:" + contribution.getId();
    }
}
