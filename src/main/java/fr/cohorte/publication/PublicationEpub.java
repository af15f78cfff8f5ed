package fr.cohorte.publication;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.cohorte.publication.internal.EpubBookWriter;

/**
 * The EPUB the catalogue serves for a publication, rendered with its PDF: where it is under the
 * publications folder, its size and SHA-256, so that downloads are answered without reading it.
 */
@Entity
@Table(name = "publication_epub")
public class PublicationEpub {

    public static final String MEDIA_TYPE = EpubBookWriter.MEDIA_TYPE;

    @Id
    private Long publicationId;

    private String path;
    private long sizeBytes;
    private String sha256;
    private Instant storedAt;

    protected PublicationEpub() {
    }

    public PublicationEpub(Long publicationId, StoredFile file, Instant storedAt) {
        this.publicationId = publicationId;
        replaceWith(file, storedAt);
    }

    /** Points at a new file; the caller removes the previous one once this is committed. */
    public void replaceWith(StoredFile file, Instant storedAt) {
        this.path = file.path();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
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
        return MEDIA_TYPE;
    }

    public Instant getStoredAt() {
        return storedAt;
    }
}
