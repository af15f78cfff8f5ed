package fr.cohorte.directory;

import java.util.List;
import java.util.stream.Collectors;

import fr.cohorte.directory.internal.PartnershipRepository;
import fr.cohorte.web.Consequences;
import fr.cohorte.web.DocumentSummary;
import fr.cohorte.web.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What deleting a partnership or one of its documents will remove, named and counted before it is done. */
@Service
@Transactional(readOnly = true)
class PartnershipConsequences {

    private final PartnershipRepository partnerships;
    private final PartnershipDocuments documents;

    PartnershipConsequences(PartnershipRepository partnerships, PartnershipDocuments documents) {
        this.partnerships = partnerships;
        this.documents = documents;
    }

    /** The partnership goes with every document attached to it. */
    Consequences ofDeleting(long partnershipId) {
        Partnership partnership = find(partnershipId);
        List<DocumentSummary> attached = documents.of(partnershipId);
        String path = "/directory/partnerships/" + partnershipId;
        return Consequences.titled("partnership.delete.title")
                .line("partnership.delete.who", partnership.getOrganisation().getDisplayName(), partnership.getPartner().getDisplayName(),
                        new DefaultMessageSourceResolvable("partnership.kind." + partnership.getKind()))
                .line("confirm.partnership.documents", attached.size(),
                        attached.stream().map(DocumentSummary::fileName).collect(Collectors.joining(", ")))
                .confirm("partnership.delete", path + "/delete", path);
    }

    /** The file is deleted from the partnership. */
    Consequences ofDeletingDocument(long partnershipId, long documentId) {
        Partnership partnership = find(partnershipId);
        DocumentSummary document = documents.of(partnershipId).stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> Refusal.notFound(PartnershipDocuments.DOCUMENT_NOT_FOUND, documentId).exception());
        String path = "/directory/partnerships/" + partnershipId;
        return Consequences.titled("confirm.document.title", document.fileName())
                .line("confirm.document.partnership", document.fileName(), document.kilobytes(),
                        partnership.getOrganisation().getDisplayName(), partnership.getPartner().getDisplayName())
                .confirm("programme.document.delete", path + "/documents/" + documentId + "/delete", path + "#documents");
    }

    private Partnership find(long id) {
        return partnerships.findWithOrganisationsById(id).orElseThrow(() -> Refusal.notFound(PartnershipDocuments.PARTNERSHIP_NOT_FOUND, id).exception());
    }
}
