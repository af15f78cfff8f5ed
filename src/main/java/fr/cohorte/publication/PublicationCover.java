package fr.cohorte.publication;

import java.time.Instant;

import fr.cohorte.web.StoredDocument;
import jakarta.persistence.Entity;

/**
 * A publication's cover image (PNG or JPEG), printed as the first page of its PDF and shown in the
 * catalogue. Its alternative text is what a screen reader says instead: both places need it.
 */
@Entity
public class PublicationCover extends StoredDocument {

    private long publicationId;
    private String alternativeText;

    protected PublicationCover() {
    }

    PublicationCover(long publicationId, String fileName, String contentType, byte[] content, String alternativeText,
                     Instant uploadedAt) {
        super(fileName, contentType, content, uploadedAt);
        this.publicationId = publicationId;
        this.alternativeText = alternativeText;
    }

    public long getPublicationId() {
        return publicationId;
    }

    public String getAlternativeText() {
        return alternativeText;
    }

    /** The cover as the book renderer embeds it. */
    BookCover forBook() {
        return new BookCover(new BookImage(getContent(), getContentType()), alternativeText);
    }
}
