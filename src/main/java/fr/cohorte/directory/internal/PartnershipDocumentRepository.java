package fr.cohorte.directory.internal;

import java.util.List;

import fr.cohorte.directory.PartnershipDocument;
import fr.cohorte.web.DocumentSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipDocumentRepository extends JpaRepository<PartnershipDocument, Long> {

    /** Without the content, which is read only to be downloaded. */
    @Query("""
            select new fr.cohorte.web.DocumentSummary(d.id, d.fileName, d.contentType, d.sizeBytes, d.uploadedAt)
            from PartnershipDocument d where d.partnership.id = :partnershipId order by d.uploadedAt, d.id""")
    List<DocumentSummary> summariesOf(Long partnershipId);
}
