package fr.cohorte.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import fr.cohorte.web.RequestLimitExceededException;
import fr.cohorte.web.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the sessions API reads and writes: requests as integrators send them, views as they get them. */
final class SessionApi {

    /**
     * The lists a request may send (the README's "API limits"): a session states a handful of
     * problem statements, an activity has a few speakers; each speaker is looked up, each statement stored.
     */
    static final int MAX_PROBLEM_STATEMENTS = 50;
    static final int MAX_SPEAKERS = 50;

    private SessionApi() {
    }

    record SessionRequest(
            @NotNull(message = "{field.required}") @Min(value = 1, message = "{programme.number.invalid}")
            @Max(value = 999_999_999, message = "{programme.number.invalid}") Integer number,
            @NotBlank(message = "{field.required}") @Size(max = 500, message = "{field.too-long}") String theme,
            @Size(max = 4000, message = "{field.too-long}") String description,
            @NotNull(message = "{field.required}") LocalDate startDate,
            @NotNull(message = "{field.required}") LocalDate endDate,
            SessionStatus status,
            List<@NotBlank(message = "{field.required}") @Size(max = 1000, message = "{field.too-long}") String> problemStatements,
            Long version) {

        SessionDetails details() {
            RequestLimitExceededException.check("problemStatements", MAX_PROBLEM_STATEMENTS,
                    problemStatements == null ? 0 : problemStatements.size(), "problemStatements");
            return new SessionDetails(number, theme.trim(), Text.blankToNull(description), startDate, endDate,
                    status == null ? SessionStatus.PLANNED : status, problemStatements == null ? List.of() : problemStatements);
        }
    }

    record SeminarRequest(
            @NotNull(message = "{field.required}") @Min(value = 1, message = "{programme.ordinal.invalid}")
            @Max(value = 99, message = "{programme.ordinal.invalid}") Integer ordinal,
            @NotBlank(message = "{field.required}") @Size(max = 300, message = "{field.too-long}") String title,
            @NotNull(message = "{field.required}") LocalDate startDate,
            @NotNull(message = "{field.required}") LocalDate endDate,
            @NotBlank(message = "{field.required}") @Size(max = 120, message = "{field.too-long}") String city,
            @NotBlank(message = "{field.required}") String country,
            @NotBlank(message = "{field.required}") String timeZone,
            Boolean studyTrip,
            @Size(max = 4000, message = "{field.too-long}") String logisticsNotes,
            Long version) {
    }

    /** Start and end in the seminar's local time, as on the staff form. */
    record ActivityRequest(
            @NotNull(message = "{field.required}") ActivityType type,
            @NotBlank(message = "{field.required}") @Size(max = 300, message = "{field.too-long}") String title,
            @Size(max = 4000, message = "{field.too-long}") String description,
            @NotNull(message = "{field.required}") LocalDateTime start,
            @NotNull(message = "{field.required}") LocalDateTime end,
            @Size(max = 300, message = "{field.too-long}") String venue,
            @Size(max = 500, message = "{field.too-long}") String address,
            Set<Long> speakerIds,
            Long hostOrganisationId,
            @Pattern(regexp = "[a-z]{2,3}", message = "{programme.language.invalid}") String language,
            Boolean interpretation,
            ActivityVisibility visibility,
            Boolean parallelTrack,
            Long version) {

        void checkLimits() {
            RequestLimitExceededException.check("speakerIds", MAX_SPEAKERS, speakerIds == null ? 0 : speakerIds.size(), "speakerIds");
        }
    }

    record SessionView(int number, String theme, String description, LocalDate startDate, LocalDate endDate,
                       SessionStatus status, List<String> problemStatements, long version, List<SeminarView> seminars) {
    }

    record SeminarView(long id, int ordinal, String title, LocalDate startDate, LocalDate endDate, String city,
                       String country, String timeZone, boolean studyTrip, String logisticsNotes, long version,
                       List<ActivityView> activities) {
    }

    /** Times twice: as instants, and as the local time of the seminar's place with its zone. */
    record ActivityView(long id, String uid, ActivityType type, String title, String description, Instant startsAt,
                        Instant endsAt, LocalDateTime localStart, LocalDateTime localEnd, String timeZone, String venue,
                        String address, List<Long> speakerIds, Long hostOrganisationId, String language,
                        Boolean interpretation, ActivityVisibility visibility, boolean parallelTrack, boolean cancelled,
                        int sequence, Instant updatedAt, long version) {
    }

    /** A field at fault and why, in the caller's language. */
    record FieldError(String field, String message) {
    }
}
