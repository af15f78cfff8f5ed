package fr.cohorte.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.cohorte.session.Timetable.Slot;
import fr.cohorte.session.Timetable.Speaker;
import fr.cohorte.web.SpreadsheetDownload;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A programme as one line per activity, in CSV or XLSX, with local times and their zone. */
@Component
class ProgrammeSpreadsheet {

    private static final List<String> COLUMNS = List.of("seminar", "date", "start", "end", "time-zone", "type", "title",
            "venue", "address", "speakers", "language", "interpretation", "visibility", "cancelled", "note");

    private final MessageSource messages;

    ProgrammeSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<byte[]> download(Timetable timetable, String format, Locale locale) {
        List<String> headers = COLUMNS.stream().map(column -> message("programme.column." + column, locale)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Timetable.Week week : timetable.weeks()) {
            for (Timetable.Day day : week.days()) {
                for (Slot slot : day.slots()) {
                    rows.add(List.of(week.ordinal(), slot.start().toLocalDate(), slot.start().toLocalTime(),
                            slot.end().toLocalTime(), week.zone().getId(), message("programme.activity.type." + slot.type(), locale),
                            slot.title(), nullToEmpty(slot.venue()), nullToEmpty(slot.address()),
                            slot.speakers().stream().map(Speaker::withOrganisation).collect(Collectors.joining(", ")),
                            slot.languageName(locale), yesNo(slot.interpretation(), locale),
                            message(slot.cohortOnly() ? "programme.cohort-only" : "programme.public", locale),
                            yesNo(slot.cancelled(), locale), nullToEmpty(timetable.notes().get(slot.id()))));
                }
            }
        }
        String name = message("programme.file", locale) + "-" + timetable.sessionNumber();
        return SpreadsheetDownload.of(format, name, headers, rows);
    }

    private String yesNo(boolean value, Locale locale) {
        return message(value ? "programme.yes" : "programme.no", locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
