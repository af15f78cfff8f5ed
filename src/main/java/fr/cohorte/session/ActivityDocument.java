package fr.cohorte.session;

import java.time.Instant;

import fr.cohorte.web.StoredDocument;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A file attached to an activity (slides, a briefing note, a map), for staff and participants. */
@Entity
public class ActivityDocument extends StoredDocument {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    protected ActivityDocument() {
    }

    ActivityDocument(Activity activity, String fileName, String contentType, byte[] content, Instant uploadedAt) {
        super(fileName, contentType, content, uploadedAt);
        this.activity = activity;
    }

    public Activity getActivity() {
        return activity;
    }
}
