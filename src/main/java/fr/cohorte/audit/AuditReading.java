package fr.cohorte.audit;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads an audit entry in the reader's language ({@code @auditReading} in templates): its code
 * through the message bundles, then each changed field as "field: before → after". Entries written
 * before codes existed are shown as they were typed.
 */
@Component("auditReading")
public class AuditReading {

    private final MessageSource messages;

    AuditReading(MessageSource messages) {
        this.messages = messages;
    }

    public String detail(AuditEvent event) {
        return detail(event, LocaleContextHolder.getLocale());
    }

    public String detail(AuditEvent event, Locale locale) {
        if (event.getDetailCode() == null) {
            return event.getDetail();
        }
        String said = messages.getMessage(event.getDetailCode(),
                event.getDetailArguments().stream().map(argument -> value(argument, locale)).toArray(), event.getDetailCode(), locale);
        if (event.getChanges().isEmpty()) {
            return said;
        }
        return said + " — " + event.getChanges().stream()
                .map(c -> messages.getMessage("audit.change", new Object[] {
                        messages.getMessage(c.field(), null, c.field().substring(c.field().lastIndexOf('.') + 1), locale),
                        c.before().isEmpty() ? messages.getMessage("audit.change.empty", null, locale) : value(c.before(), locale),
                        c.after().isEmpty() ? messages.getMessage("audit.change.empty", null, locale) : value(c.after(), locale)}, locale))
                .collect(Collectors.joining(" ; "));
    }

    /** A value stored as {@link AuditDetail#label}, said in the reader's language; any other value as it was stored. */
    private String value(String stored, Locale locale) {
        if (stored.length() > 3 && stored.startsWith("#{") && stored.endsWith("}")) {
            return messages.getMessage(stored.substring(2, stored.length() - 1), null, stored, locale);
        }
        return stored;
    }
}
