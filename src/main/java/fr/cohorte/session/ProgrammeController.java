package fr.cohorte.session;

import java.util.Locale;

import fr.cohorte.session.internal.ProgrammeCalendar;
import fr.cohorte.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * A session's programme: public activities for everyone (page, calendar, spreadsheet), the whole
 * programme with logistics for staff under {@code /programme/cohort}, and the personal feeds.
 */
@Controller
class ProgrammeController {

    /** The refusal of a personal feed address that was never issued, was reset or was revoked. */
    private static final String CALENDAR_FEED_NOT_FOUND = "programme.refused.calendar-feed-not-found";

    private final Programme programme;
    private final ProgrammeCalendar calendar;
    private final ProgrammeSpreadsheet spreadsheet;
    private final CalendarFeeds feeds;
    private final MessageSource messages;

    ProgrammeController(Programme programme, ProgrammeCalendar calendar, ProgrammeSpreadsheet spreadsheet,
                        CalendarFeeds feeds, MessageSource messages) {
        this.programme = programme;
        this.calendar = calendar;
        this.spreadsheet = spreadsheet;
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping("/sessions/{number:\\d{1,9}}/programme")
    String publicProgramme(@PathVariable int number, Model model) {
        return page(programme.forPublic(number), "public", "/sessions/" + number + "/programme", model);
    }

    @GetMapping("/sessions/{number:\\d{1,9}}/programme/cohort")
    String cohortProgramme(@PathVariable int number, Model model) {
        return page(programme.forCohort(number), "cohort", "/sessions/" + number + "/programme/cohort", model);
    }

    @GetMapping("/sessions/{number:\\d{1,9}}/programme.ics")
    ResponseEntity<String> publicCalendar(@PathVariable int number, Locale locale, WebRequest request) {
        Timetable timetable = programme.forPublic(number);
        String name = messages.getMessage("programme.calendar.public", new Object[] {number}, locale);
        return CalendarResponse.of(calendar.write(timetable, name, locale), request);
    }

    @GetMapping("/sessions/{number:\\d{1,9}}/programme/export")
    ResponseEntity<byte[]> publicExport(@PathVariable int number, @RequestParam(defaultValue = "csv") String format, Locale locale) {
        return spreadsheet.download(programme.forPublic(number), format, locale);
    }

    @GetMapping("/sessions/{number:\\d{1,9}}/programme/cohort/export")
    ResponseEntity<byte[]> cohortExport(@PathVariable int number, @RequestParam(defaultValue = "csv") String format, Locale locale) {
        return spreadsheet.download(programme.forCohort(number), format, locale);
    }

    /** A participant's personal feed: the secret address is the only key, and a revoked one is gone (404). */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> personalCalendar(@PathVariable String token, Locale locale, WebRequest request) {
        Timetable timetable = feeds.personOf(token)
                .flatMap(person -> programme.forParticipant(person, locale))
                .orElseThrow(() -> Refusal.notFound(CALENDAR_FEED_NOT_FOUND).exception());
        String name = messages.getMessage("programme.calendar.personal", new Object[] {timetable.sessionNumber()}, locale);
        return CalendarResponse.of(calendar.write(timetable, name, locale), request);
    }

    private static String page(Timetable timetable, String view, String path, Model model) {
        model.addAttribute("timetable", timetable);
        model.addAttribute("view", view);
        model.addAttribute("programmePath", path);
        return "session/programme";
    }
}
