package fr.cohorte.session;

import java.time.Instant;

/** A document attached to an activity, as lists show it. */
public record DocumentSummary(Long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {

    public long kilobytes() {
        return Math.max(1, Math.round(sizeBytes / 1024.0));
    }
}
