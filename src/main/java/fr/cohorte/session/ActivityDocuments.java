package fr.cohorte.session;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.session.internal.ActivityDocumentRepository;
import fr.cohorte.session.internal.ActivityRepository;
import fr.cohorte.web.DocumentKind;
import fr.cohorte.web.DocumentSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files attached to activities: accepted only when their content is a kind we know and not too large. */
@Service
@Transactional
public class ActivityDocuments {

    /** The largest file accepted, under the servlet's own request limit. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Why a file was refused, as a message key. */
    public static class RefusedDocumentException extends RuntimeException {
        private final String messageKey;

        RefusedDocumentException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final ActivityDocumentRepository documents;
    private final ActivityRepository activities;
    private final AuditTrail audit;
    private final Clock clock;

    ActivityDocuments(ActivityDocumentRepository documents, ActivityRepository activities, AuditTrail audit, Clock clock) {
        this.documents = documents;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    public DocumentSummary attach(long activityId, String fileName, byte[] content) {
        Activity activity = activities.findById(activityId).orElseThrow(() -> new ProgrammeItemNotFoundException("activity", activityId));
        if (content.length == 0) {
            throw new RefusedDocumentException("programme.document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RefusedDocumentException("programme.document.too-large");
        }
        DocumentKind kind = DocumentKind.of(fileName, content)
                .orElseThrow(() -> new RefusedDocumentException("programme.document.kind"));
        String name = fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
        ActivityDocument document = documents.save(new ActivityDocument(activity, name, kind.contentType(), content, clock.instant()));
        audit.record(AuditAction.CREATED, "activity-document:" + document.getId(), AuditDetail.of("audit.detail.activity-document.added", name, activity.getTitle()));
        return new DocumentSummary(document.getId(), name, kind.contentType(), content.length, document.getUploadedAt());
    }

    public void remove(long activityId, long documentId) {
        ActivityDocument document = documents.findWithActivityById(documentId)
                .filter(found -> found.getActivity().getId().equals(activityId))
                .orElseThrow(() -> new ProgrammeItemNotFoundException("document", documentId));
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
