package fr.cohorte.session;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import fr.cohorte.web.Text;

/** A seminar as staff fill it in; the time zone is proposed from the country. */
public class SeminarForm {

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{programme.ordinal.invalid}")
    @Max(value = 99, message = "{programme.ordinal.invalid}")
    private Integer ordinal;

    @NotBlank(message = "{field.required}")
    @Size(max = 300, message = "{field.too-long}")
    private String title;

    @NotNull(message = "{field.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull(message = "{field.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @NotBlank(message = "{field.required}")
    @Size(max = 120, message = "{field.too-long}")
    private String city;

    @NotBlank(message = "{field.required}")
    private String country = "FR";

    @NotBlank(message = "{field.required}")
    private String timeZone = "Europe/Paris";

    private boolean studyTrip;

    @Size(max = 4000, message = "{field.too-long}")
    private String logisticsNotes;

    private long version;

    public static SeminarForm of(Seminar seminar) {
        SeminarForm form = new SeminarForm();
        form.ordinal = seminar.getOrdinal();
        form.title = seminar.getTitle();
        form.startDate = seminar.getStartDate();
        form.endDate = seminar.getEndDate();
        form.city = seminar.getCity();
        form.country = seminar.getCountry();
        form.timeZone = seminar.getTimeZone().getId();
        form.studyTrip = seminar.isStudyTrip();
        form.logisticsNotes = seminar.getLogisticsNotes();
        form.version = seminar.getVersion();
        return form;
    }

    public SeminarDetails details() {
        return new SeminarDetails(ordinal, title.trim(), startDate, endDate, city.trim(), country, timeZone,
                studyTrip, Text.blankToNull(logisticsNotes));
    }

    public Integer getOrdinal() { return ordinal; }
    public void setOrdinal(Integer ordinal) { this.ordinal = ordinal; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public boolean isStudyTrip() { return studyTrip; }
    public void setStudyTrip(boolean studyTrip) { this.studyTrip = studyTrip; }
    public String getLogisticsNotes() { return logisticsNotes; }
    public void setLogisticsNotes(String logisticsNotes) { this.logisticsNotes = logisticsNotes; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
