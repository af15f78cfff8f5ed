package fr.cohorte.session.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.session.ActivityDocument;
import fr.cohorte.web.DocumentSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityDocumentRepository extends JpaRepository<ActivityDocument, Long> {

    /** Without the content, which is read only to be downloaded. */
    @Query("""
            select new fr.cohorte.web.DocumentSummary(d.id, d.fileName, d.contentType, d.sizeBytes, d.uploadedAt)
            from ActivityDocument d where d.activity.id = :activityId order by d.uploadedAt, d.id""")
    List<DocumentSummary> summariesOf(Long activityId);

    @Query("select d from ActivityDocument d join fetch d.activity a join fetch a.seminar m join fetch m.session where d.id = :id")
    Optional<ActivityDocument> findWithActivityById(Long id);
}
