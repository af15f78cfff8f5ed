package fr.cohorte.session;

import java.time.LocalDate;
import java.time.ZoneId;

/** What staff say about a seminar; its activities' times are read in {@code timeZone}. */
public record SeminarDetails(int ordinal, String title, LocalDate startDate, LocalDate endDate, String city,
                             String country, ZoneId timeZone, boolean studyTrip, String logisticsNotes) {
}
