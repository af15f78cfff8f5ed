package fr.cohorte.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import fr.cohorte.web.Text;

/**
 * An activity as staff fill it in: start and end are typed as dates and times on the clocks of the
 * seminar's place, and turned into instants with the seminar's time zone.
 */
public class ActivityForm {

    /** The activity edited, if any: the checks leave it out when looking for overlaps. */
    private Long activityId;

    @NotNull(message = "{field.required}")
    private ActivityType type;

    @NotBlank(message = "{field.required}")
    @Size(max = 300, message = "{field.too-long}")
    private String title;

    @Size(max = 4000, message = "{field.too-long}")
    private String description;

    @NotNull(message = "{field.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull(message = "{field.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime startTime;

    /** Empty for an activity that ends the day it starts. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @NotNull(message = "{field.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime endTime;

    @Size(max = 300, message = "{field.too-long}")
    private String venue;

    @Size(max = 500, message = "{field.too-long}")
    private String address;

    private List<Long> speakerIds = new ArrayList<>();

    private Long hostOrganisationId;

    @NotBlank(message = "{field.required}")
    @Pattern(regexp = "^$|[a-z]{2,3}", message = "{programme.language.invalid}")
    private String language = "fr";

    private boolean interpretation;

    @NotNull(message = "{field.required}")
    private ActivityVisibility visibility = ActivityVisibility.COHORT;

    private boolean parallelTrack;
    /** Held under the Chatham House rule (kept on the activity, outside its calendar details). */
    private boolean chathamHouse;

    private long version;

    public static ActivityForm startingOn(LocalDate day) {
        ActivityForm form = new ActivityForm();
        form.startDate = day;
        return form;
    }

    public static ActivityForm of(Activity activity) {
        ZoneId zone = activity.getSeminar().getTimeZone();
        ZonedDateTime start = activity.getStartsAt().atZone(zone);
        ZonedDateTime end = activity.getEndsAt().atZone(zone);
        ActivityForm form = new ActivityForm();
        form.activityId = activity.getId();
        form.type = activity.getType();
        form.title = activity.getTitle();
        form.description = activity.getDescription();
        form.startDate = start.toLocalDate();
        form.startTime = start.toLocalTime();
        form.endDate = end.toLocalDate().equals(start.toLocalDate()) ? null : end.toLocalDate();
        form.endTime = end.toLocalTime();
        form.venue = activity.getVenue();
        form.address = activity.getAddress();
        form.speakerIds = new ArrayList<>(activity.getSpeakerIds());
        form.hostOrganisationId = activity.getHostOrganisationId();
        form.language = activity.getLanguage();
        form.interpretation = activity.isInterpretation();
        form.visibility = activity.getVisibility();
        form.parallelTrack = activity.isParallelTrack();
        form.chathamHouse = activity.isChathamHouse();
        form.version = activity.getVersion();
        return form;
    }

    /** When the activity starts, as typed on the clocks of the seminar's place; empty until typed. */
    public Optional<LocalDateTime> start() {
        return startDate == null || startTime == null ? Optional.empty() : Optional.of(LocalDateTime.of(startDate, startTime));
    }

    /** When it ends, the day it starts unless an end date is typed; empty until typed. */
    public Optional<LocalDateTime> end() {
        LocalDate endDay = endDate == null ? startDate : endDate;
        return endDay == null || endTime == null ? Optional.empty() : Optional.of(LocalDateTime.of(endDay, endTime));
    }

    /** The details at these times (read on the seminar's clocks by the editor); empty while a required field is missing. */
    public Optional<ActivityDetails> details(ProgrammeEditor.ActivityTimes times) {
        if (type == null || title == null || visibility == null) {
            return Optional.empty();
        }
        return Optional.of(new ActivityDetails(type, title.trim(), Text.blankToNull(description), times.startsAt(), times.endsAt(),
                Text.blankToNull(venue), Text.blankToNull(address), new HashSet<>(speakerIds),
                hostOrganisationId, language, interpretation, visibility, parallelTrack));
    }

    /** The form field where a rule's conflict is shown. */
    public static String fieldOf(ProgrammeConflict conflict) {
        return switch (conflict.field()) {
            case "start" -> "startTime";
            case "end" -> "endTime";
            case "speakers" -> "speakerIds";
            default -> conflict.field();
        };
    }

    public Long getActivityId() { return activityId; }
    public void setActivityId(Long activityId) { this.activityId = activityId; }
    public ActivityType getType() { return type; }
    public void setType(ActivityType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public List<Long> getSpeakerIds() { return speakerIds; }
    public void setSpeakerIds(List<Long> speakerIds) { this.speakerIds = speakerIds == null ? new ArrayList<>() : speakerIds; }
    public Long getHostOrganisationId() { return hostOrganisationId; }
    public void setHostOrganisationId(Long hostOrganisationId) { this.hostOrganisationId = hostOrganisationId; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isInterpretation() { return interpretation; }
    public void setInterpretation(boolean interpretation) { this.interpretation = interpretation; }
    public ActivityVisibility getVisibility() { return visibility; }
    public void setVisibility(ActivityVisibility visibility) { this.visibility = visibility; }
    public boolean isChathamHouse() { return chathamHouse; }
    public void setChathamHouse(boolean chathamHouse) { this.chathamHouse = chathamHouse; }
    public boolean isParallelTrack() { return parallelTrack; }
    public void setParallelTrack(boolean parallelTrack) { this.parallelTrack = parallelTrack; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
