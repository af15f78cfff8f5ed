package fr.cohorte.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats moments recorded by the system in the institute's display time zone, read by templates
 * as {@code @times}: a server running in UTC still shows Paris time to people in Paris.
 */
@Component("times")
public class DisplayTimes {

    private final DisplayProperties display;

    DisplayTimes(DisplayProperties display) {
        this.display = display;
    }

    /** The moment in the display time zone, with a pattern such as {@code dd/MM/yyyy HH:mm}; empty for none. */
    public String format(Instant moment, String pattern) {
        if (moment == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale()).withZone(display.timeZone()).format(moment);
    }
}
