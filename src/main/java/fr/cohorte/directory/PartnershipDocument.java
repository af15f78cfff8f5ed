package fr.cohorte.directory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A file attached to a partnership (the signed agreement, an annex), for staff only. */
@Entity
public class PartnershipDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    private Partnership partnership;

    private String fileName;
    private String contentType;
    private long sizeBytes;
    private byte[] content;
    private Instant uploadedAt;

    protected PartnershipDocument() {
    }

    PartnershipDocument(Partnership partnership, String fileName, String contentType, byte[] content, Instant uploadedAt) {
        this.partnership = partnership;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
