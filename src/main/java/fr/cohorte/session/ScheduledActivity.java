package fr.cohorte.session;

import java.time.ZonedDateTime;
import java.util.List;

/** An activity with its times in its seminar's local time and its speakers, as staff review it. */
public record ScheduledActivity(Activity activity, ZonedDateTime start, ZonedDateTime end, List<ProgrammeSpeaker> speakers) {
}
