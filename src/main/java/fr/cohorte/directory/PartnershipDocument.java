package fr.cohorte.directory;

import java.time.Instant;

import fr.cohorte.web.StoredDocument;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A file attached to a partnership (the signed agreement, an annex), for staff only. */
@Entity
public class PartnershipDocument extends StoredDocument {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    private Partnership partnership;

    protected PartnershipDocument() {
    }

    PartnershipDocument(Partnership partnership, String fileName, String contentType, byte[] content, Instant uploadedAt) {
        super(fileName, contentType, content, uploadedAt);
        this.partnership = partnership;
    }

    public Partnership getPartnership() {
        return partnership;
    }
}
