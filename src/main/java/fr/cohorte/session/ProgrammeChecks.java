package fr.cohorte.session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cohorte.session.internal.ActivityRepository;
import fr.cohorte.session.internal.SpeakerDirectory;
import org.springframework.stereotype.Component;

/**
 * The checks run on an activity before it is saved, and shown while staff type. Each conflict names
 * the other activity with its time in its own seminar's local time.
 */
@Component
class ProgrammeChecks {

    private final ActivityRepository activities;
    private final SpeakerDirectory speakers;

    ProgrammeChecks(ActivityRepository activities, SpeakerDirectory speakers) {
        this.activities = activities;
        this.speakers = speakers;
    }

    /** The rules that {@code proposed} breaks in {@code seminar}; {@code activityId} is the one edited, if any. */
    List<ProgrammeConflict> check(Seminar seminar, Long activityId, ActivityDetails proposed) {
        if (!proposed.endsAt().isAfter(proposed.startsAt())) {
            // Without a period, the other rules have nothing to compare.
            return List.of(ProgrammeConflict.of(ProgrammeRule.ACTIVITY_ENDS_BEFORE_START, "end"));
        }
        List<ProgrammeConflict> conflicts = new ArrayList<>();
        outsideSeminar(seminar, proposed).ifPresent(conflicts::add);
        conflicts.addAll(plenaryOverlaps(seminar, activityId, proposed));
        conflicts.addAll(speakersBooked(activityId, proposed));
        return conflicts;
    }

    private static Optional<ProgrammeConflict> outsideSeminar(Seminar seminar, ActivityDetails proposed) {
        ZoneId zone = seminar.getTimeZone();
        LocalDate first = proposed.startsAt().atZone(zone).toLocalDate();
        LocalDate last = proposed.endsAt().atZone(zone).toLocalDate();
        if (first.isBefore(seminar.getStartDate()) || first.isAfter(seminar.getEndDate())) {
            return Optional.of(ProgrammeConflict.of(ProgrammeRule.ACTIVITY_OUTSIDE_SEMINAR, "start",
                    seminar.getStartDate(), seminar.getEndDate()));
        }
        if (last.isAfter(seminar.getEndDate())) {
            return Optional.of(ProgrammeConflict.of(ProgrammeRule.ACTIVITY_OUTSIDE_SEMINAR, "end",
                    seminar.getStartDate(), seminar.getEndDate()));
        }
        return Optional.empty();
    }

    private List<ProgrammeConflict> plenaryOverlaps(Seminar seminar, Long activityId, ActivityDetails proposed) {
        if (proposed.parallelTrack() || seminar.getId() == null) {
            return List.of();
        }
        return activities.heldDuring(seminar.getId(), proposed.startsAt(), proposed.endsAt(), activityId).stream()
                .filter(other -> !other.isParallelTrack())
                .map(other -> conflict(ProgrammeRule.PLENARY_OVERLAP, "start", other, null))
                .toList();
    }

    private List<ProgrammeConflict> speakersBooked(Long activityId, ActivityDetails proposed) {
        if (proposed.speakerIds().isEmpty()) {
            return List.of();
        }
        List<Activity> others = activities.withSpeakersDuring(proposed.speakerIds(), proposed.startsAt(), proposed.endsAt(), activityId);
        if (others.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = speakers.byIds(proposed.speakerIds()).stream()
                .collect(Collectors.toMap(ProgrammeSpeaker::id, ProgrammeSpeaker::name));
        List<ProgrammeConflict> conflicts = new ArrayList<>();
        for (Activity other : others) {
            Set<Long> both = other.getSpeakerIds().stream().filter(proposed.speakerIds()::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
            both.forEach(speaker -> conflicts.add(conflict(ProgrammeRule.SPEAKER_BOOKED, "speakers", other,
                    names.getOrDefault(speaker, "#" + speaker))));
        }
        return conflicts;
    }

    /** Arguments: title, local day, local start, local end, zone, then the speaker if any. */
    private static ProgrammeConflict conflict(ProgrammeRule rule, String field, Activity other, String speaker) {
        ZoneId zone = other.getSeminar().getTimeZone();
        Function<java.time.Instant, ZonedDateTime> local = instant -> instant.atZone(zone);
        List<Object> arguments = new ArrayList<>(List.of(other.getTitle(), local.apply(other.getStartsAt()).toLocalDate(),
                local.apply(other.getStartsAt()).toLocalTime(), local.apply(other.getEndsAt()).toLocalTime(), zone.getId()));
        if (speaker != null) {
            arguments.add(speaker);
        }
        return new ProgrammeConflict(rule, field, arguments);
    }
}
