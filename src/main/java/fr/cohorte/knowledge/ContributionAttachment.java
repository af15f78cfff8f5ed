package fr.cohorte.knowledge;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A PDF or an image attached to a contribution, read by whoever may read the contribution. */
@Entity
public class ContributionAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long contributionId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "bytea")
    private byte[] content;

    private Long addedByPersonId;
    private Instant addedAt;

    protected ContributionAttachment() {
    }

    ContributionAttachment(long contributionId, String fileName, ContributionAttachmentKind kind, byte[] content, String sha256,
                           Long addedByPersonId, Instant addedAt) {
        this.contributionId = contributionId;
        this.fileName = fileName;
        this.contentType = kind.contentType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.addedByPersonId = addedByPersonId;
        this.addedAt = addedAt;
    }

    void forgetAdder() {
        addedByPersonId = null;
    }

    public Long getId() {
        return id;
    }

    public long getContributionId() {
        return contributionId;
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

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
