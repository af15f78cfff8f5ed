package fr.cohorte.session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/** A week-long meeting of the cohort; a study trip when it takes place abroad. */
@Entity
public class Seminar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    private int ordinal;
    private String title;
    private LocalDate startDate;
    private LocalDate endDate;
    private String city;
    private String country;
    private String timeZone;
    private boolean studyTrip;

    /** Travel and lodging: for staff and participants only, never on public pages. */
    private String logisticsNotes;

    /** Notes copied from an earlier session that mention dates: shown as to review until staff save the seminar. */
    private boolean logisticsToReview;

    @OneToMany(mappedBy = "seminar")
    @OrderBy("startsAt")
    private List<Activity> activities = new ArrayList<>();

    @Version
    private long version;

    protected Seminar() {
    }

    public Seminar(Session session, SeminarDetails details) {
        this.session = session;
        update(details);
    }

    /** Activities keep their instants when the place or time zone changes: they happened when they happened. */
    public void update(SeminarDetails details) {
        this.ordinal = details.ordinal();
        this.title = details.title();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.city = details.city();
        this.country = details.country();
        this.timeZone = details.timeZone();
        this.studyTrip = details.studyTrip();
        this.logisticsNotes = details.logisticsNotes();
        this.logisticsToReview = false;
    }

    void markLogisticsToReview() {
        this.logisticsToReview = true;
    }

    public boolean isLogisticsToReview() {
        return logisticsToReview;
    }

    public SeminarDetails details() {
        return new SeminarDetails(ordinal, title, startDate, endDate, city, country, getTimeZone(), studyTrip, logisticsNotes);
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getCity() {
        return city;
    }

    /** ISO 3166-1 alpha-2 code. */
    public String getCountry() {
        return country;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean isStudyTrip() {
        return studyTrip;
    }

    public String getLogisticsNotes() {
        return logisticsNotes;
    }

    public Session getSession() {
        return session;
    }

    public List<Activity> getActivities() {
        return List.copyOf(activities);
    }
}
