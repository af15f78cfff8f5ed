package fr.cohorte.publication;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One saved state of a chapter: what it said, who saved it and when. Never changed once written. */
@Entity
public class ChapterVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long chapterId;
    private int number;
    private String title;

    @Column(columnDefinition = "text")
    private String body;

    /** The directory's person who wrote it; null when unknown (text written before versions were kept). */
    private Long authorPersonId;
    private Instant savedAt;

    protected ChapterVersion() {
    }

    ChapterVersion(long chapterId, int number, String title, String body, Long authorPersonId, Instant savedAt) {
        this.chapterId = chapterId;
        this.number = number;
        this.title = title;
        this.body = body;
        this.authorPersonId = authorPersonId;
        this.savedAt = savedAt;
    }

    public Long getId() {
        return id;
    }

    public long getChapterId() {
        return chapterId;
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

    public Long getAuthorPersonId() {
        return authorPersonId;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
