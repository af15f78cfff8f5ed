package fr.cohorte.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way a moment recorded by the system is shown: in the institute's display time zone, read
 * by templates as {@code @times}, so a server running in UTC still shows Paris time to people in
 * Paris and no page shows another clock. Three precisions, chosen by what a reader compares:
 * {@link #second} where two events can share a minute (versions, runs, generations, uploads, audit
 * entries), {@link #minute} for a single moment (a deadline, a confirmation), {@link #day} for a
 * date.
 */
@Component("times")
public class DisplayTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final DisplayProperties display;
    private final Clock clock;

    DisplayTimes(DisplayProperties display, Clock clock) {
        this.display = display;
        this.clock = clock;
    }

    /** Today's date where the institute is, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(display.timeZone()));
    }

    /** The date of a moment, e.g. {@code 04/12/2026}; empty for none. */
    public String day(Instant moment) {
        return format(moment, DAY);
    }

    /** The date of a moment in words, in the reader's language, e.g. {@code 4 décembre 2026}; empty for none. */
    public String longDay(Instant moment) {
        return moment == null ? "" : LONG_DAY.withLocale(LocaleContextHolder.getLocale()).withZone(display.timeZone()).format(moment);
    }

    /** A moment to the minute, e.g. {@code 04/12/2026 14:05}; empty for none. */
    public String minute(Instant moment) {
        return format(moment, MINUTE);
    }

    /** A moment to the second, e.g. {@code 04/12/2026 14:05:09}, where two events can share a minute; empty for none. */
    public String second(Instant moment) {
        return format(moment, SECOND);
    }

    /** The time of day of a moment, e.g. {@code 14:05:09}, for a moment later today; empty for none. */
    public String time(Instant moment) {
        return format(moment, TIME);
    }

    /**
     * A moment as a record keeps it for later readers in any language, e.g. {@code 2026-12-04 14:05:09}:
     * the audit trail's before and after values, which sort as they read.
     */
    public String recorded(Instant moment) {
        return format(moment, RECORDED);
    }

    /** The zone every moment is shown in. */
    public ZoneId zone() {
        return display.timeZone();
    }

    private String format(Instant moment, DateTimeFormatter pattern) {
        return moment == null ? "" : pattern.withZone(display.timeZone()).format(moment);
    }
}
