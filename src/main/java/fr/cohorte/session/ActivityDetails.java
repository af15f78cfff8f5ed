package fr.cohorte.session;

import java.time.Instant;
import java.util.Set;

/** What staff say about an activity, its times already converted from the seminar's local time. */
public record ActivityDetails(ActivityType type, String title, String description, Instant startsAt, Instant endsAt,
                              String venue, String address, Set<Long> speakerIds, Long hostOrganisationId,
                              String language, boolean interpretation, ActivityVisibility visibility,
                              boolean parallelTrack) {

    public ActivityDetails {
        speakerIds = Set.copyOf(speakerIds);
    }
}
