package fr.cohorte.session;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.session.internal.ActivityDocumentRepository;
import fr.cohorte.session.internal.ActivityRepository;
import fr.cohorte.web.DocumentIntake;
import fr.cohorte.web.DocumentSummary;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files attached to activities, taken in as every attached document is ({@link DocumentIntake}). */
@Service
@Transactional
public class ActivityDocuments {

    /** The refusal of a document that is not one of the activity's. */
    public static final String DOCUMENT_NOT_FOUND = "programme.refused.document-not-found";

    private final ActivityDocumentRepository documents;
    private final ActivityRepository activities;
    private final DocumentIntake intake;
    private final AuditTrail audit;
    private final Clock clock;

    ActivityDocuments(ActivityDocumentRepository documents, ActivityRepository activities, DocumentIntake intake, AuditTrail audit,
                      Clock clock) {
        this.documents = documents;
        this.activities = activities;
        this.intake = intake;
        this.audit = audit;
        this.clock = clock;
    }

    public DocumentSummary attach(long activityId, String fileName, byte[] content) {
        Activity activity = activities.findById(activityId).orElseThrow(() -> Refusal.notFound(ProgrammeEditor.ACTIVITY_NOT_FOUND, activityId).exception());
        DocumentIntake.Document taken = intake.take(fileName, content);
        String name = taken.fileName();
        ActivityDocument document = documents.save(new ActivityDocument(activity, name, taken.contentType(), content, clock.instant()));
        audit.record(AuditAction.CREATED, "activity-document:" + document.getId(), AuditDetail.of("audit.detail.activity-document.added", name, activity.getTitle()));
        return new DocumentSummary(document.getId(), name, taken.contentType(), content.length, document.getUploadedAt());
    }

    public void remove(long activityId, long documentId) {
        ActivityDocument document = documents.findWithActivityById(documentId)
                .filter(found -> found.getActivity().getId().equals(activityId))
                .orElseThrow(() -> Refusal.notFound(ActivityDocuments.DOCUMENT_NOT_FOUND, documentId).exception());
        documents.delete(document);
        audit.record(AuditAction.DELETED, "activity-document:" + documentId, AuditDetail.of("audit.detail.activity-document.deleted", document.getFileName()));
    }

    @Transactional(readOnly = true)
    public List<DocumentSummary> of(long activityId) {
        return documents.summariesOf(activityId);
    }

    /** The document with its content and the number of the session it belongs to. */
    @Transactional(readOnly = true)
    public Optional<ActivityDocument> download(long documentId) {
        return documents.findWithActivityById(documentId);
    }
}
