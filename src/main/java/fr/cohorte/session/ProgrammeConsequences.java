package fr.cohorte.session;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import fr.cohorte.web.Consequences;
import fr.cohorte.web.DocumentSummary;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What deleting an activity or one of its documents will do to the programme, counted before it is done. */
@Service
@Transactional(readOnly = true)
class ProgrammeConsequences {

    /** Times are said on the seminar's own clock, as the programme shows them. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ProgrammeEditor editor;
    private final ActivityDocuments documents;
    private final List<ActivityDependents> dependents;

    ProgrammeConsequences(ProgrammeEditor editor, ActivityDocuments documents, List<ActivityDependents> dependents) {
        this.editor = editor;
        this.documents = documents;
        this.dependents = dependents;
    }

    /** The activity leaves the programme and the calendars, with its documents; what other modules tie to it stays, unlinked. */
    Consequences ofDeletingActivity(int number, long seminarId, long activityId) {
        Activity activity = editor.activity(number, seminarId, activityId);
        Seminar seminar = activity.getSeminar();
        List<DocumentSummary> attached = documents.of(activityId);
        Consequences.Builder consequences = Consequences.titled("confirm.activity.title", activity.getTitle())
                .line("confirm.activity.when", activity.getStartsAt().atZone(seminar.getTimeZone()).format(WHEN), seminar.getTitle())
                .lineIf(!activity.getSpeakerIds().isEmpty(), "confirm.activity.speakers", activity.getSpeakerIds().size())
                .lineIf(!attached.isEmpty(), "confirm.activity.documents", attached.size(),
                        attached.stream().map(DocumentSummary::fileName).collect(Collectors.joining(", ")));
        dependents.forEach(module -> module.tiedTo(activityId).forEach(line -> consequences.line(line.code(), line.args())));
        return consequences.confirm("programme.activity.delete", activityPath(number, seminarId, activityId) + "/delete",
                        "/staff/sessions/" + number + "#seminar-" + seminarId);
    }

    /** The file is deleted: participants can no longer download it. */
    Consequences ofDeletingDocument(int number, long seminarId, long activityId, long documentId) {
        Activity activity = editor.activity(number, seminarId, activityId);
        DocumentSummary document = documents.of(activityId).stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> Refusal.notFound(ActivityDocuments.DOCUMENT_NOT_FOUND, documentId).exception());
        String activityPath = activityPath(number, seminarId, activityId);
        return Consequences.titled("confirm.document.title", document.fileName())
                .line("confirm.document.activity", document.fileName(), document.kilobytes(), activity.getTitle())
                .confirm("programme.document.delete", activityPath + "/documents/" + documentId + "/delete",
                        activityPath + "/edit#documents");
    }

    private static String activityPath(int number, long seminarId, long activityId) {
        return "/staff/sessions/" + number + "/seminars/" + seminarId + "/activities/" + activityId;
    }
}
