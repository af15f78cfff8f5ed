package fr.cohorte.session;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A file attached to an activity (slides, a briefing note, a map), for staff and participants. */
@Entity
public class ActivityDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    private String fileName;
    private String contentType;
    private long sizeBytes;
    private byte[] content;
    private Instant uploadedAt;

    protected ActivityDocument() {
    }

    ActivityDocument(Activity activity, String fileName, String contentType, byte[] content, Instant uploadedAt) {
        this.activity = activity;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Activity getActivity() {
        return activity;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
