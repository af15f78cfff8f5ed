package fr.cohorte.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A session's programme as people read it: seminar by seminar, day by day, in each seminar's local
 * time. Built for one audience: the public (public activities only, no logistics) or the cohort.
 *
 * @param notes personal notes by activity id (a participant's group and room), empty otherwise
 */
public record Timetable(long sessionId, int sessionNumber, String theme, List<Week> weeks,
                        Map<Long, String> notes) {

    public List<Slot> slots() {
        return weeks.stream().flatMap(week -> week.days().stream()).flatMap(day -> day.slots().stream()).toList();
    }

    public Timetable withNotes(Map<Long, String> personalNotes) {
        return new Timetable(sessionId, sessionNumber, theme, weeks, Map.copyOf(personalNotes));
    }

    /** One seminar: its days from first to last, in its place's time zone. */
    public record Week(long seminarId, int ordinal, String title, String city, String country, ZoneId zone,
                       boolean studyTrip, LocalDate startDate, LocalDate endDate, String logisticsNotes, List<Day> days) {

        /** The zone's offsets during the seminar, e.g. "UTC−8 / UTC−7" across a daylight-saving change. */
        public String offsets() {
            return days.stream()
                    .flatMap(day -> List.of(day.date().atStartOfDay(zone), day.date().plusDays(1).atStartOfDay(zone).minusSeconds(1)).stream())
                    .map(ZonedDateTime::getOffset)
                    .distinct()
                    .sorted(java.util.Comparator.comparingInt(ZoneOffset::getTotalSeconds))
                    .map(Week::utc)
                    .collect(Collectors.joining(" / "));
        }

        public boolean hasSlots() {
            return days.stream().anyMatch(day -> !day.slots().isEmpty());
        }

        private static String utc(ZoneOffset offset) {
            if (offset.getTotalSeconds() == 0) {
                return "UTC";
            }
            int minutes = Math.abs(offset.getTotalSeconds()) / 60;
            String sign = offset.getTotalSeconds() < 0 ? "\u2212" : "+";
            return "UTC" + sign + (minutes / 60) + (minutes % 60 == 0 ? "" : ":" + String.format("%02d", minutes % 60));
        }
    }

    public record Day(LocalDate date, List<Slot> slots) {
    }

    /** An activity with what the timetable shows of it; times are in the seminar's zone. */
    public record Slot(long id, UUID uid, ActivityType type, String title, ZonedDateTime start, ZonedDateTime end,
                       String venue, String address, String description, String hostOrganisation, String language,
                       boolean interpretation, boolean cohortOnly, boolean parallelTrack, boolean cancelled,
                       int sequence, Instant updatedAt, List<Speaker> speakers) {

        /** The language's name in the reader's language, e.g. "allemand" or "German". */
        public String languageName(Locale reader) {
            return Locale.forLanguageTag(language).getDisplayLanguage(reader);
        }

        public boolean inAnotherLanguage() {
            return !"fr".equals(language) || interpretation;
        }
    }

    public record Speaker(long personId, String name, String organisation) {

        public String withOrganisation() {
            return organisation == null ? name : name + " (" + organisation + ")";
        }
    }
}
