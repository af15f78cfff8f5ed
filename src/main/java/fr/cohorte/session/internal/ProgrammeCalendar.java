package fr.cohorte.session.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import fr.cohorte.session.Timetable;
import fr.cohorte.session.Timetable.Slot;
import fr.cohorte.session.Timetable.Speaker;
import fr.cohorte.web.SiteAddress;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A timetable as an iCalendar feed (RFC 5545) that calendar clients update rather than duplicate:
 * each event keeps the activity's UID and SEQUENCE, its times carry the seminar's TZID, and every
 * zone used is described by a VTIMEZONE.
 */
@Component
public class ProgrammeCalendar {

    private final MessageSource messages;
    private final String host;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    ProgrammeCalendar(MessageSource messages, SiteAddress site) {
        this.messages = messages;
        this.host = site.host();
    }

    public String write(Timetable timetable, String name, Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Cohorte//Programme " + timetable.sessionNumber() + "//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<ZoneId> used = new LinkedHashSet<>();
        for (Timetable.Week week : timetable.weeks()) {
            for (Timetable.Day day : week.days()) {
                for (Slot slot : day.slots()) {
                    used.add(week.zone());
                    calendar.add(event(slot, timetable.notes().get(slot.id()), locale));
                }
            }
        }
        used.forEach(zone -> calendar.add(zones.getTimeZone(zone.getId()).getVTimeZone()));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(Slot slot, String note, Locale locale) {
        VEvent event = new VEvent(slot.start(), slot.end(), slot.title());
        // ical4j stamps a new event with the current time: the feed must not change while the programme does not.
        event.replace(new DtStamp(slot.updatedAt()));
        event.replace(new Uid(slot.uid() + "@" + host));
        event.add(new Sequence(slot.sequence()));
        event.add(new LastModified(slot.updatedAt()));
        event.add(new Status(slot.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        String location = List.of(nullToEmpty(slot.venue()), nullToEmpty(slot.address())).stream()
                .filter(part -> !part.isBlank()).collect(Collectors.joining(", "));
        if (!location.isEmpty()) {
            event.add(new Location(location));
        }
        String description = description(slot, note, locale);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        return event;
    }

    private String description(Slot slot, String note, Locale locale) {
        StringBuilder text = new StringBuilder(messages.getMessage("programme.activity.type." + slot.type(), null, locale));
        if (!slot.speakers().isEmpty()) {
            text.append("\n").append(messages.getMessage("programme.speakers", null, locale)).append(" ")
                    .append(slot.speakers().stream().map(Speaker::withOrganisation).collect(Collectors.joining(", ")));
        }
        if (slot.inAnotherLanguage()) {
            text.append("\n").append(messages.getMessage(slot.interpretation() ? "programme.language.interpretation" : "programme.language",
                    new Object[] {slot.languageName(locale)}, locale));
        }
        if (slot.description() != null && !slot.description().isBlank()) {
            text.append("\n\n").append(slot.description());
        }
        if (note != null) {
            text.append("\n\n").append(note);
        }
        return text.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
