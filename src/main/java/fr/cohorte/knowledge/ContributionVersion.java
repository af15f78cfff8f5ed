package fr.cohorte.knowledge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One save of a contribution: its title and text, who saved it and when. Never changed once written. */
@Entity
public class ContributionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long contributionId;
    private int number;
    private String title;

    @Column(columnDefinition = "text")
    private String body;

    /** Null once the person who saved it was erased. */
    private Long savedByPersonId;
    private Instant savedAt;

    protected ContributionVersion() {
    }

    ContributionVersion(long contributionId, int number, String title, String body, Long savedByPersonId, Instant savedAt) {
        this.contributionId = contributionId;
        this.number = number;
        this.title = title;
        this.body = body;
        this.savedByPersonId = savedByPersonId;
        this.savedAt = savedAt;
    }

    public Long getId() {
        return id;
    }

    public long getContributionId() {
        return contributionId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Long getSavedByPersonId() {
        return savedByPersonId;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
