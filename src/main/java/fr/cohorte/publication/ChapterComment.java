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
    private String authorEmail;

    @Column(columnDefinition = "text")
    private String body;

    private Instant writtenAt;

    protected ChapterComment() {
    }

    ChapterComment(long chapterId, String authorEmail, String body, Instant writtenAt) {
        this.chapterId = chapterId;
        this.authorEmail = authorEmail;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
