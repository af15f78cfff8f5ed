package fr.cohorte.publication;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The PDF the catalogue serves for a publication: where it is under the publications folder, and
 * what it is (size, SHA-256, media type), so that downloads are answered without reading it.
 */
@Entity
@Table(name = "publication_file")
public class PublicationFile {

    @Id
    private Long publicationId;

    private String path;
    private long sizeBytes;
    private String sha256;
    private String mediaType;

    @Enumerated(EnumType.STRING)
    private FileOrigin origin;

    private Instant storedAt;

    protected PublicationFile() {
    }

    public PublicationFile(Long publicationId, StoredFile file, FileOrigin origin, Instant storedAt) {
        this.publicationId = publicationId;
        replaceWith(file, origin, storedAt);
    }

    /** Points at a new file; the caller removes the previous one once this is committed. */
    public void replaceWith(StoredFile file, FileOrigin origin, Instant storedAt) {
        this.path = file.path();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.mediaType = file.mediaType();
        this.origin = origin;
        this.storedAt = storedAt;
    }

    public Long getPublicationId() {
        return publicationId;
    }

    public String getPath() {
        return path;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getMediaType() {
        return mediaType;
    }

    public FileOrigin getOrigin() {
        return origin;
    }

    public Instant getStoredAt() {
        return storedAt;
    }
}
