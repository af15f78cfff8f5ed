package fr.cohorte.session;

/**
 * The rules a programme keeps. Each one names the field at fault and is explained to staff by the
 * message {@code programme.rule.<NAME>}.
 */
public enum ProgrammeRule {
    /** Two sessions cannot share a number. */
    SESSION_NUMBER_TAKEN,
    /** A session or seminar cannot end before it starts. */
    ENDS_BEFORE_START,
    /** A seminar takes place within its session's period. */
    SEMINAR_OUTSIDE_SESSION,
    /** Two seminars of a session cannot share an ordinal. */
    SEMINAR_ORDINAL_TAKEN,
    /** A seminar takes place in a country of the time-zone database. */
    COUNTRY_UNKNOWN,
    /** A seminar's time zone is one the time-zone database knows. */
    TIME_ZONE_UNKNOWN,
    /** An activity's start and end exist on the clocks of the seminar's place (not in the hour skipped when clocks go forward). */
    TIME_SKIPPED,
    /** An activity ends after it starts. */
    ACTIVITY_ENDS_BEFORE_START,
    /** An activity takes place within its seminar's dates, in the seminar's local time. */
    ACTIVITY_OUTSIDE_SEMINAR,
    /** Two plenary activities of a seminar cannot overlap; activities marked parallel may. */
    PLENARY_OVERLAP,
    /** A speaker cannot be in two activities at the same time, whatever the session. */
    SPEAKER_BOOKED
}
