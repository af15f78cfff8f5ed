package fr.cohorte.session;

import java.util.Locale;
import java.util.Optional;

import fr.cohorte.web.Site;
import fr.cohorte.web.SiteAddress;
import fr.cohorte.web.Viewer;
import fr.cohorte.web.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A participant's own programme, its exports, and the secret address of their calendar feed. */
@Controller
class MyProgrammeController {

    private final Programme programme;
    private final CalendarFeeds feeds;
    private final ProgrammeSpreadsheet spreadsheet;
    private final Site site;
    private final SiteAddress address;

    MyProgrammeController(Programme programme, CalendarFeeds feeds, ProgrammeSpreadsheet spreadsheet, Site site,
                          SiteAddress address) {
        this.programme = programme;
        this.feeds = feeds;
        this.spreadsheet = spreadsheet;
        this.site = site;
        this.address = address;
    }

    @GetMapping("/me/programme")
    String myProgramme(Locale locale, Model model) {
        Optional<Long> person = person();
        Optional<Timetable> timetable = person.flatMap(id -> programme.forParticipant(id, locale));
        if (timetable.isEmpty()) {
            return "session/no-programme";
        }
        model.addAttribute("timetable", timetable.get());
        model.addAttribute("view", "personal");
        model.addAttribute("programmePath", "/me/programme");
        model.addAttribute("feedCreatedAt", feeds.createdAt(person.get()).orElse(null));
        return "session/programme";
    }

    @GetMapping("/me/programme/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format, Locale locale) {
        return person().flatMap(id -> programme.forParticipant(id, locale))
                .map(timetable -> spreadsheet.download(timetable, format, locale))
                .orElseThrow(() -> Refusal.notFound("programme.mine.none").exception());
    }

    /** Creates the feed, or gives it a new address when it exists (the old one stops working). */
    @PostMapping("/me/programme/feed")
    String issueFeed(RedirectAttributes redirect) {
        person().filter(id -> programme.sessionOfParticipant(id).isPresent()).ifPresent(id -> {
            String token = feeds.issue(id);
            redirect.addFlashAttribute("feedUrl", address.link("/calendar/" + token + ".ics"));
            redirect.addFlashAttribute("webcalUrl", "webcal://" + address.baseUrl().getAuthority() + "/calendar/" + token + ".ics");
        });
        return "redirect:/me/programme";
    }

    @PostMapping("/me/programme/feed/revoke")
    String revokeFeed(RedirectAttributes redirect) {
        person().ifPresent(feeds::revoke);
        redirect.addFlashAttribute("feedRevoked", "true");
        return "redirect:/me/programme";
    }

    private Optional<Long> person() {
        return Optional.ofNullable(site.viewer()).map(Viewer::personId);
    }
}
