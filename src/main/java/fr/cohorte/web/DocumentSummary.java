package fr.cohorte.web;

import java.time.Instant;

/** A document attached to something (an activity, a partnership), as lists show it, without its content. */
public record DocumentSummary(Long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {

    public long kilobytes() {
        return Math.max(1, Math.round(sizeBytes / 1024.0));
    }
}
