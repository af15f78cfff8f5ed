package fr.cohorte.publication;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A coordinator's remark on a chapter under review. */
@Entity
public class ChapterComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long chapterId;
    /** The directory's person who wrote it; null when unknown (text written before versions were kept). */
    private Long authorPersonId;

    @Column(columnDefinition = "text")
    private String body;

    private Instant writtenAt;

    protected ChapterComment() {
    }

    ChapterComment(long chapterId, Long authorPersonId, String body, Instant writtenAt) {
        this.chapterId = chapterId;
        this.authorPersonId = authorPersonId;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public Long getAuthorPersonId() {
        return authorPersonId;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
