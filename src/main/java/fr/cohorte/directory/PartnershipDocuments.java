package fr.cohorte.directory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.internal.PartnershipDocumentRepository;
import fr.cohorte.directory.internal.PartnershipRepository;
import fr.cohorte.web.DocumentIntake;
import fr.cohorte.web.DocumentSummary;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agreement and annexes of a partnership, taken in as every attached document is ({@link DocumentIntake}). */
@Service
@Transactional
public class PartnershipDocuments {

    /** The refusal of a partnership number that names no partnership. */
    public static final String PARTNERSHIP_NOT_FOUND = "directory.refused.partnership-not-found";
    /** The refusal of a document number that names no document of the partnership. */
    public static final String DOCUMENT_NOT_FOUND = "directory.refused.document-not-found";

    private final PartnershipDocumentRepository documents;
    private final PartnershipRepository partnerships;
    private final DocumentIntake intake;
    private final AuditTrail audit;
    private final Clock clock;

    PartnershipDocuments(PartnershipDocumentRepository documents, PartnershipRepository partnerships,
                         DocumentIntake intake, AuditTrail audit, Clock clock) {
        this.documents = documents;
        this.partnerships = partnerships;
        this.intake = intake;
        this.audit = audit;
        this.clock = clock;
    }

    public DocumentSummary attach(long partnershipId, String fileName, byte[] content) {
        Partnership partnership = partnerships.findById(partnershipId)
                .orElseThrow(() -> Refusal.notFound(PARTNERSHIP_NOT_FOUND, partnershipId).exception());
        DocumentIntake.Document taken = intake.take(fileName, content);
        String name = taken.fileName();
        PartnershipDocument document = documents.save(new PartnershipDocument(partnership, name, taken.contentType(), content, clock.instant()));
        audit.record(AuditAction.CREATED, "partnership-document:" + document.getId(), AuditDetail.of("audit.detail.partnership-document.added",
                name, partnership.getOrganisation().getDisplayName(), partnership.getPartner().getDisplayName()));
        return new DocumentSummary(document.getId(), name, taken.contentType(), content.length, clock.instant());
    }

    public void remove(long partnershipId, long documentId) {
        PartnershipDocument document = in(partnershipId, documentId);
        documents.delete(document);
        Partnership partnership = document.getPartnership();
        audit.record(AuditAction.DELETED, "partnership-document:" + documentId, AuditDetail.of("audit.detail.partnership-document.deleted",
                document.getFileName(), partnership.getOrganisation().getDisplayName(), partnership.getPartner().getDisplayName()));
    }

    @Transactional(readOnly = true)
    public List<DocumentSummary> of(long partnershipId) {
        return documents.summariesOf(partnershipId);
    }

    /** The document with its content, if it belongs to that partnership. */
    @Transactional(readOnly = true)
    public Optional<PartnershipDocument> download(long partnershipId, long documentId) {
        return documents.findById(documentId).filter(found -> found.getPartnership().getId().equals(partnershipId));
    }

    private PartnershipDocument in(long partnershipId, long documentId) {
        return download(partnershipId, documentId).orElseThrow(() -> Refusal.notFound(DOCUMENT_NOT_FOUND, documentId).exception());
    }
}
