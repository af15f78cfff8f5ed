package fr.cohorte.web;

import java.time.Instant;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A file kept in the database with what its download needs: its original name, its type (as
 * {@link DocumentKind} recognised it from its bytes), its size and when it came. Each module's
 * document adds what it is attached to.
 */
@MappedSuperclass
public abstract class StoredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fileName;
    private String contentType;
    private long sizeBytes;
    private byte[] content;
    private Instant uploadedAt;

    protected StoredDocument() {
    }

    protected StoredDocument(String fileName, String contentType, byte[] content, Instant uploadedAt) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
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
