package fr.cohorte.audit;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** What the audit trail says about one target, oldest first, as a reader in a given language reads it. */
@Component
public class AuditEntries {

    private final AuditTrail trail;
    private final AuditReading reading;

    AuditEntries(AuditTrail trail, AuditReading reading) {
        this.trail = trail;
        this.reading = reading;
    }

    /** The id of the latest entry, to read only what is written after it. */
    public long mark() {
        return trail.latest(PageRequest.of(0, 1)).getContent().stream().mapToLong(AuditEvent::getId).findFirst().orElse(0);
    }

    public List<AuditEvent> about(String target) {
        return about(target, 0);
    }

    /** The entries about the target written after the mark, oldest first. */
    public List<AuditEvent> about(String target, long mark) {
        return trail.latest(PageRequest.of(0, 5000)).getContent().stream()
                .filter(event -> target.equals(event.getTarget()) && event.getId() > mark).toList().reversed();
    }

    /** Each entry about the target as "ACTION detail", read in the language given. */
    public List<String> read(String target, Locale locale) {
        return read(target, 0, locale);
    }

    public List<String> read(String target, long mark, Locale locale) {
        return about(target, mark).stream().map(event -> event.getAction() + " " + reading.detail(event, locale)).toList();
    }
}
