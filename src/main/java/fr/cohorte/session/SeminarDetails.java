package fr.cohorte.session;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What staff say about a seminar; its activities' times are read in {@code timeZone}, a zone name as
 * typed, which {@link ProgrammeEditor} checks (rule {@link ProgrammeRule#TIME_ZONE_UNKNOWN}).
 */
public record SeminarDetails(int ordinal, String title, LocalDate startDate, LocalDate endDate, String city,
                             String country, String timeZone, boolean studyTrip, String logisticsNotes) {

    public SeminarDetails(int ordinal, String title, LocalDate startDate, LocalDate endDate, String city,
                          String country, ZoneId timeZone, boolean studyTrip, String logisticsNotes) {
        this(ordinal, title, startDate, endDate, city, country, timeZone.getId(), studyTrip, logisticsNotes);
    }
}
