package fr.cohorte.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.session.internal.ActivityRepository;
import fr.cohorte.session.internal.NationalSessionRepository;
import fr.cohorte.session.internal.SeminarRepository;
import fr.cohorte.session.internal.SpeakerDirectory;
import fr.cohorte.web.Refusal;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How staff build a programme: sessions, seminars and activities. Every change is checked against
 * the programme rules first; a change that breaks one is refused whole, with every reason.
 */
@Service
@Transactional
public class ProgrammeEditor {

    private final NationalSessionRepository sessions;
    private final SeminarRepository seminars;
    private final ActivityRepository activities;
    private final ProgrammeChecks checks;
    private final SpeakerDirectory speakers;
    private final AuditTrail audit;
    private final PlaceZones zones;
    private final Clock clock;

    /** When an activity starts and ends, once its typed times are read on the clocks of its seminar's place. */
    public record ActivityTimes(Instant startsAt, Instant endsAt) {
    }

    ProgrammeEditor(NationalSessionRepository sessions, SeminarRepository seminars, ActivityRepository activities,
                    ProgrammeChecks checks, SpeakerDirectory speakers, AuditTrail audit, PlaceZones zones, Clock clock) {
        this.zones = zones;
        this.speakers = speakers;
        this.sessions = sessions;
        this.seminars = seminars;
        this.activities = activities;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    public Session createSession(SessionDetails details) {
        refuseIfAny(sessionConflicts(null, details));
        Session session = sessions.save(new Session(details));
        audit.record(AuditAction.CREATED, "session:" + session.getNumber(), AuditDetail.of("audit.detail.session.created", session.getTheme()));
        return session;
    }

    public Session updateSession(int number, long seenVersion, SessionDetails details) {
        Session session = session(number);
        requireVersion(session.getVersion(), seenVersion, Session.class, session.getId());
        refuseIfAny(sessionConflicts(session.getId(), details));
        SessionDetails before = new SessionDetails(session.getNumber(), session.getTheme(), session.getDescription(),
                session.getStartDate(), session.getEndDate(), session.getStatus(), session.getProblemStatements());
        session.update(details);
        audit.record(AuditAction.UPDATED, "session:" + details.number(), AuditDetail.of("audit.detail.session.updated", details.theme())
                .changedFields("audit.field.session.", before, details));
        return session;
    }

    /**
     * A new session with the structure of an earlier one: its seminars and activity skeletons moved
     * by the days between the two start dates, kept at the same local times. Speakers, participants,
     * host organisations and documents stay with the earlier session; every activity gets a new UID.
     * Without an end date, the new session lasts as long as the earlier one. Logistics notes that
     * mention dates are copied but marked to review, since those dates belong to the earlier session.
     */
    public Session cloneSession(int sourceNumber, SessionDetails typed) {
        Session source = session(sourceNumber);
        SessionDetails details = typed.endDate() != null ? typed
                : typed.endingOn(typed.startDate().plusDays(ChronoUnit.DAYS.between(source.getStartDate(), source.getEndDate())));
        refuseIfAny(sessionConflicts(null, details));
        Session copy = sessions.save(new Session(details));
        long days = ChronoUnit.DAYS.between(source.getStartDate(), details.startDate());
        for (Seminar seminar : seminars.findBySessionIdOrderByOrdinal(source.getId())) {
            SeminarDetails old = seminar.details();
            Seminar moved = seminars.save(new Seminar(copy, new SeminarDetails(old.ordinal(), old.title(),
                    old.startDate().plusDays(days), old.endDate().plusDays(days), old.city(), old.country(),
                    old.timeZone(), old.studyTrip(), old.logisticsNotes())));
            if (DatesInText.mentionsADate(old.logisticsNotes())) {
                moved.markLogisticsToReview();
            }
            for (Activity activity : activities.findBySeminarIdOrderByStartsAt(seminar.getId())) {
                if (!activity.isCancelled()) {
                    activities.save(new Activity(moved, skeleton(activity, days), clock.instant()));
                }
            }
        }
        audit.record(AuditAction.CREATED, "session:" + copy.getNumber(), AuditDetail.of("audit.detail.session.cloned", sourceNumber));
        return copy;
    }

    public Seminar createSeminar(int sessionNumber, SeminarDetails details) {
        Session session = session(sessionNumber);
        refuseIfAny(seminarConflicts(session, null, details));
        Seminar seminar = seminars.save(new Seminar(session, details));
        audit.record(AuditAction.CREATED, "seminar:" + seminar.getId(), AuditDetail.of("audit.detail.seminar.created", details.title()));
        return seminar;
    }

    public Seminar updateSeminar(long seminarId, long seenVersion, SeminarDetails details) {
        Seminar seminar = seminar(seminarId);
        requireVersion(seminar.getVersion(), seenVersion, Seminar.class, seminarId);
        refuseIfAny(seminarConflicts(seminar.getSession(), seminarId, details));
        SeminarDetails before = seminar.details();
        seminar.update(details);
        audit.record(AuditAction.UPDATED, "seminar:" + seminarId, AuditDetail.of("audit.detail.seminar.updated", details.title())
                .changedFields("audit.field.seminar.", before, details));
        return seminar;
    }

    /**
     * When an activity of this seminar starts and ends, from the dates and times typed on the clocks
     * of its place (by staff on the form or by an integrator through the API). Refused, naming start
     * or end, when such a time does not exist there: the hour skipped when clocks go forward.
     */
    @Transactional(readOnly = true)
    public ActivityTimes activityTimes(long seminarId, LocalDateTime start, LocalDateTime end) {
        ZoneId zone = seminar(seminarId).getTimeZone();
        Optional<Instant> startsAt = LocalTimes.instant(start.toLocalDate(), start.toLocalTime(), zone);
        Optional<Instant> endsAt = LocalTimes.instant(end.toLocalDate(), end.toLocalTime(), zone);
        List<ProgrammeConflict> conflicts = new ArrayList<>();
        if (startsAt.isEmpty()) {
            conflicts.add(ProgrammeConflict.of(ProgrammeRule.TIME_SKIPPED, "start", start.toLocalTime(), zone.getId()));
        }
        if (endsAt.isEmpty()) {
            conflicts.add(ProgrammeConflict.of(ProgrammeRule.TIME_SKIPPED, "end", end.toLocalTime(), zone.getId()));
        }
        refuseIfAny(conflicts);
        return new ActivityTimes(startsAt.get(), endsAt.get());
    }

    /** What the rules say of this activity, without saving it: for the warning shown while staff type. */
    @Transactional(readOnly = true)
    public List<ProgrammeConflict> check(long seminarId, Long activityId, ActivityDetails details) {
        return checks.check(seminar(seminarId), activityId, details);
    }

    public Activity createActivity(long seminarId, ActivityDetails details) {
        Seminar seminar = seminar(seminarId);
        refuseIfAny(checks.check(seminar, null, details));
        Activity activity = activities.save(new Activity(seminar, details, clock.instant()));
        audit.record(AuditAction.CREATED, "activity:" + activity.getUid(), AuditDetail.of("audit.detail.activity.created", details.title()));
        return activity;
    }

    public Activity updateActivity(long activityId, long seenVersion, ActivityDetails details) {
        Activity activity = activity(activityId);
        requireVersion(activity.getVersion(), seenVersion, Activity.class, activityId);
        refuseIfAny(checks.check(activity.getSeminar(), activityId, details));
        ActivityDetails before = activity.details();
        if (activity.update(details, clock.instant())) {
            audit.record(AuditAction.UPDATED, "activity:" + activity.getUid(), AuditDetail.of("audit.detail.activity.updated", details.title())
                    .changedFields("audit.field.activity.", before, details));
        }
        return activity;
    }

    /** A new activity, held under the Chatham House rule or not: both saved together. */
    public Activity createActivity(long seminarId, ActivityDetails details, boolean chathamHouse) {
        Activity activity = createActivity(seminarId, details);
        activity.underChathamHouse(chathamHouse, clock.instant());
        return activity;
    }

    /** New details and the Chatham House rule, saved together. */
    public Activity updateActivity(long activityId, long seenVersion, ActivityDetails details, boolean chathamHouse) {
        Activity activity = updateActivity(activityId, seenVersion, details);
        if (activity.underChathamHouse(chathamHouse, clock.instant())) {
            audit.record(AuditAction.UPDATED, "activity:" + activity.getUid(), AuditDetail.of(chathamHouse ? "audit.detail.activity.chatham-house" : "audit.detail.activity.chatham-house-lifted", activity.getTitle()));
        }
        return activity;
    }

    public Activity cancelActivity(long activityId) {
        Activity activity = activity(activityId);
        activity.cancel(clock.instant());
        audit.record(AuditAction.UPDATED, "activity:" + activity.getUid(), AuditDetail.of("audit.detail.activity.cancelled", activity.getTitle()));
        return activity;
    }

    public void deleteActivity(long activityId) {
        Activity activity = activity(activityId);
        activities.delete(activity);
        audit.record(AuditAction.DELETED, "activity:" + activity.getUid(), AuditDetail.of("audit.detail.activity.deleted", activity.getTitle()));
    }

    /** A seminar's activities in time order, cancelled ones included, in the seminar's local time. */
    @Transactional(readOnly = true)
    public List<ScheduledActivity> timetable(long seminarId) {
        var zone = seminar(seminarId).getTimeZone();
        return activities.findBySeminarIdOrderByStartsAt(seminarId).stream()
                .map(activity -> new ScheduledActivity(activity, activity.getStartsAt().atZone(zone),
                        activity.getEndsAt().atZone(zone), speakers.byIds(activity.getSpeakerIds())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ProgrammeSpeaker> speakers(String pattern, int max) {
        return speakers.matching(pattern, max);
    }

    @Transactional(readOnly = true)
    public List<ProgrammeSpeaker> speakers(Collection<Long> ids) {
        return speakers.byIds(ids);
    }

    @Transactional(readOnly = true)
    public Session session(int number) {
        return sessions.findByNumber(number).orElseThrow(() -> Refusal.notFound(SessionCatalogue.NOT_FOUND, number).exception());
    }

    @Transactional(readOnly = true)
    public Seminar seminar(long seminarId) {
        return seminars.findWithSessionById(seminarId).orElseThrow(() -> new ProgrammeItemNotFoundException("seminar", seminarId));
    }

    /** A seminar of this session; an address never reaches another session's seminar. */
    @Transactional(readOnly = true)
    public Seminar seminar(int sessionNumber, long seminarId) {
        Seminar seminar = seminar(seminarId);
        if (seminar.getSession().getNumber() != sessionNumber) {
            throw new ProgrammeItemNotFoundException("seminar", seminarId);
        }
        return seminar;
    }

    /** An activity of this seminar of this session. */
    @Transactional(readOnly = true)
    public Activity activity(int sessionNumber, long seminarId, long activityId) {
        Activity activity = activity(activityId);
        if (!activity.getSeminar().getId().equals(seminarId) || activity.getSeminar().getSession().getNumber() != sessionNumber) {
            throw new ProgrammeItemNotFoundException("activity", activityId);
        }
        return activity;
    }

    @Transactional(readOnly = true)
    public Activity activity(long activityId) {
        return activities.findWithSeminarById(activityId).orElseThrow(() -> new ProgrammeItemNotFoundException("activity", activityId));
    }

    private List<ProgrammeConflict> sessionConflicts(Long sessionId, SessionDetails details) {
        List<ProgrammeConflict> conflicts = new ArrayList<>();
        sessions.findByNumber(details.number()).filter(other -> !other.getId().equals(sessionId))
                .ifPresent(other -> conflicts.add(ProgrammeConflict.of(ProgrammeRule.SESSION_NUMBER_TAKEN, "number", details.number())));
        if (details.endDate().isBefore(details.startDate())) {
            conflicts.add(ProgrammeConflict.of(ProgrammeRule.ENDS_BEFORE_START, "endDate"));
        }
        return conflicts;
    }

    private List<ProgrammeConflict> seminarConflicts(Session session, Long seminarId, SeminarDetails details) {
        List<ProgrammeConflict> conflicts = new ArrayList<>();
        if (!zones.isCountry(details.country())) {
            conflicts.add(ProgrammeConflict.of(ProgrammeRule.COUNTRY_UNKNOWN, "country"));
        }
        if (details.timeZone() == null || !ZoneId.getAvailableZoneIds().contains(details.timeZone())) {
            conflicts.add(ProgrammeConflict.of(ProgrammeRule.TIME_ZONE_UNKNOWN, "timeZone"));
        }
        boolean taken = seminarId == null
                ? seminars.existsBySessionIdAndOrdinal(session.getId(), details.ordinal())
                : seminars.existsBySessionIdAndOrdinalAndIdNot(session.getId(), details.ordinal(), seminarId);
        if (taken) {
            conflicts.add(ProgrammeConflict.of(ProgrammeRule.SEMINAR_ORDINAL_TAKEN, "ordinal", details.ordinal()));
        }
        if (details.endDate().isBefore(details.startDate())) {
            conflicts.add(ProgrammeConflict.of(ProgrammeRule.ENDS_BEFORE_START, "endDate"));
        } else if (details.startDate().isBefore(session.getStartDate()) || details.endDate().isAfter(session.getEndDate())) {
            conflicts.add(ProgrammeConflict.of(ProgrammeRule.SEMINAR_OUTSIDE_SESSION, "startDate",
                    session.getStartDate(), session.getEndDate()));
        }
        return conflicts;
    }

    /** Same local times, {@code days} later; an hour skipped by a clock change moves to the next valid time. */
    private static ActivityDetails skeleton(Activity activity, long days) {
        var zone = activity.getSeminar().getTimeZone();
        ZonedDateTime start = activity.getStartsAt().atZone(zone).toLocalDateTime().plusDays(days).atZone(zone);
        ZonedDateTime end = activity.getEndsAt().atZone(zone).toLocalDateTime().plusDays(days).atZone(zone);
        return new ActivityDetails(activity.getType(), activity.getTitle(), null, start.toInstant(), end.toInstant(),
                activity.getVenue(), activity.getAddress(), Set.of(), null, activity.getLanguage(),
                activity.isInterpretation(), activity.getVisibility(), activity.isParallelTrack());
    }

    private static void refuseIfAny(List<ProgrammeConflict> conflicts) {
        if (!conflicts.isEmpty()) {
            throw new ProgrammeRejectedException(conflicts);
        }
    }

    private static void requireVersion(long current, long seen, Class<?> type, Object id) {
        if (current != seen) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
