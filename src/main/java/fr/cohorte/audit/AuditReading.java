package fr.cohorte.audit;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads an audit entry in the reader's language ({@code @auditReading} in templates): its code
 * through the message bundles, then each changed field as "field: before → after" (a value that is a
 * message key, such as a status, read in their language too, a decimal with their separator). Entries written
 * before codes existed are shown as they were typed.
 */
@Component("auditReading")
public class AuditReading {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z-]*(\\.[A-Za-z_-]+)+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");

    private final MessageSource messages;
    private final ZoneId zone;

    /** The zone is the one pages show moments in ({@code cohorte.display.time-zone}), read here without the web module. */
    AuditReading(MessageSource messages, @Value("${cohorte.display.time-zone:Europe/Paris}") ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public String detail(AuditEvent event) {
        return detail(event, LocaleContextHolder.getLocale());
    }

    public String detail(AuditEvent event, Locale locale) {
        if (event.getDetailCode() == null) {
            return event.getDetail();
        }
        String said = messages.getMessage(event.getDetailCode(),
                event.getDetailArguments().stream().map(argument -> argument.isEmpty() ? argument : value(argument, locale)).toArray(), event.getDetailCode(), locale);
        if (event.getChanges().isEmpty()) {
            return said;
        }
        return said + " — " + event.getChanges().stream()
                .map(c -> messages.getMessage("audit.change", new Object[] {field(c.field(), locale), value(c.before(), locale),
                        value(c.after(), locale)}, locale))
                .collect(Collectors.joining(messages.getMessage("audit.change.separator", null, locale)));
    }

    /** A field is a message key ({@code audit.field.session.theme}), or a name staff gave, such as a jury criterion's. */
    private String field(String field, Locale locale) {
        String typed = field.startsWith("audit.") ? field.substring(field.lastIndexOf('.') + 1) : field;
        return messages.getMessage(field, null, typed, locale);
    }

    /**
     * A value as the reader reads it: a label stored by {@link AuditDetail#label} or a message key (a
     * status such as {@code application.status.SELECTED}) in their language, a decimal number with their decimal separator (whole numbers stay as typed: years, ISBNs), a date or a moment (in the display zone)
     * as their language writes it, anything else as it was typed.
     */
    private String value(String value, Locale locale) {
        if (value.isEmpty()) {
            return messages.getMessage("audit.change.empty", null, locale);
        }
        if (value.length() > 3 && value.startsWith("#{") && value.endsWith("}")) {
            return messages.getMessage(value.substring(2, value.length() - 1), null, value, locale);
        }
        if (DECIMAL.matcher(value).matches()) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(value.length());
            return format.format(new BigDecimal(value));
        }
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        if (MOMENT.matcher(value).matches()) {
            try {
                Instant moment = OffsetDateTime.parse(value).toInstant();
                return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM).withLocale(locale)
                        .format(moment.atZone(zone));
            } catch (DateTimeParseException notAMoment) {
                return value;
            }
        }
        if (KEY.matcher(value).matches()) {
            return messages.getMessage(value, null, value, locale);
        }
        return value;
    }

}
