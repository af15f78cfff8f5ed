package fr.cohorte.knowledge;

import fr.cohorte.web.Refusal;

/** A source an editor adds to a practice: an activity of its session, a document or a link. */
public class PracticeSourceForm {

    private PracticeSourceKind kind = PracticeSourceKind.LINK;
    private Long activityId;
    private String url;
    private String label;

    /** The source, or a refusal naming the field at fault. */
    public PracticeSource source() {
        if (kind == null) {
            throw Refusal.invalid("field.required").on("kind").exception();
        }
        return switch (kind) {
            case ACTIVITY -> {
                if (activityId == null) {
                    throw Refusal.invalid("field.required").on("activityId").exception();
                }
                yield PracticeSource.activity(activityId);
            }
            case DOCUMENT -> PracticeSource.document(label, url);
            case LINK -> PracticeSource.link(url, label);
            // A passage is quoted from the note itself, never typed here.
            case CONTRIBUTION -> throw Refusal.invalid("field.required").on("kind").exception();
        };
    }

    public PracticeSourceKind getKind() { return kind; }
    public void setKind(PracticeSourceKind kind) { this.kind = kind; }
    public Long getActivityId() { return activityId; }
    public void setActivityId(Long activityId) { this.activityId = activityId; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
