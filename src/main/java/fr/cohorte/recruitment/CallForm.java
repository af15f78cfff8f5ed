package fr.cohorte.recruitment;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The call for applications as staff set it, with dates in the institute's time zone. */
public class CallForm {

    @NotNull(message = "{field.required}")
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime opensAt;

    @NotNull(message = "{field.required}")
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime closesAt;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{application.call.places.min}")
    @Max(value = 1000, message = "{application.call.places.min}")
    private Integer places = 30;

    @Size(max = 5000, message = "{field.too-long}")
    private String introduction;

    /** The version of the call the form was opened on, or none yet: a save on another is refused. */
    private long version = Applications.NO_CALL_YET;

    static CallForm of(ApplicationCall call, ZoneId zone) {
        CallForm form = new CallForm();
        form.opensAt = LocalDateTime.ofInstant(call.getOpensAt(), zone);
        form.closesAt = LocalDateTime.ofInstant(call.getClosesAt(), zone);
        form.places = call.getPlaces();
        form.introduction = call.getIntroduction();
        form.version = call.getVersion();
        return form;
    }

    boolean closesBeforeItOpens() {
        return opensAt != null && closesAt != null && !closesAt.isAfter(opensAt);
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public Integer getPlaces() { return places; }
    public void setPlaces(Integer places) { this.places = places; }
    public String getIntroduction() { return introduction; }
    public void setIntroduction(String introduction) { this.introduction = introduction; }
}
