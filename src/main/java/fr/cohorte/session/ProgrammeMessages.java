package fr.cohorte.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Explains programme conflicts in the reader's language, dates and times as people of that language write them. */
@Component
class ProgrammeMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    ProgrammeMessages(MessageSource messages) {
        this.messages = messages;
    }

    String explain(ProgrammeConflict conflict, Locale locale) {
        return messages.getMessage(conflict.messageKey(), arguments(conflict, locale), locale);
    }

    String resolve(org.springframework.context.MessageSourceResolvable error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    /** Puts each conflict on the field at fault, as a form shows it. */
    void reject(Errors errors, Iterable<ProgrammeConflict> conflicts, java.util.function.Function<ProgrammeConflict, String> field,
                Locale locale) {
        for (ProgrammeConflict conflict : conflicts) {
            errors.rejectValue(field.apply(conflict), conflict.messageKey(), arguments(conflict, locale), null);
        }
    }

    private static Object[] arguments(ProgrammeConflict conflict, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        return conflict.arguments().stream().map(argument -> switch (argument) {
            case LocalDate date -> date.format(day);
            case LocalTime time -> time.format(TIME);
            case Integer number -> String.valueOf(number);
            default -> argument;
        }).toArray();
    }
}
