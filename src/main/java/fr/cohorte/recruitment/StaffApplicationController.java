package fr.cohorte.recruitment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fr.cohorte.directory.Backgrounds;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.DisplayProperties;
import fr.cohorte.web.Paging;
import fr.cohorte.web.SpreadsheetDownload;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of a session's applications: the call, the list, one application with its CV, the export. */
@Controller
class StaffApplicationController {

    static final List<String> COLUMNS = List.of("civilite", "prenom", "nom", "email", "telephone", "organisation",
            "fonction", "horizon", "secteur", "region", "genre", "statut", "depot");

    private final SessionCatalogue sessions;
    private final Applications applications;
    private final Backgrounds backgrounds;
    private final MessageSource messages;
    private final DisplayProperties display;
    private final SelectionRuns selection;
    private final Jury jury;

    StaffApplicationController(SessionCatalogue sessions, Applications applications, Backgrounds backgrounds,
                               MessageSource messages, DisplayProperties display, SelectionRuns selection, Jury jury) {
        this.selection = selection;
        this.sessions = sessions;
        this.applications = applications;
        this.backgrounds = backgrounds;
        this.messages = messages;
        this.display = display;
        this.jury = jury;
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/applications")
    String list(@PathVariable int number, @ModelAttribute("search") ApplicationSearch search, Paging paging, Model model) {
        Session session = sessions.byNumber(number);
        model.addAttribute("nationalSession", session);
        model.addAttribute("call", applications.callOf(session).orElse(null));
        model.addAttribute("open", applications.isOpen(session));
        model.addAttribute("applications", applications.search(session, search, paging));
        model.addAttribute("juryScores", jury.scores(session));
        model.addAttribute("backgrounds", backgrounds.all());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("regions", Region.values());
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("listPath", "/staff/sessions/" + number + "/applications");
        return "recruitment/applications";
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/applications/export")
    ResponseEntity<byte[]> export(@PathVariable int number, @ModelAttribute ApplicationSearch search,
                                  @RequestParam(defaultValue = "csv") String format, Locale locale) {
        String asked = SpreadsheetDownload.checked(format, SpreadsheetDownload.FORMATS);
        Session session = sessions.byNumber(number);
        List<Application> found = applications.all(session, search);
        applications.recordExport(session, asked, found.size());
        List<List<Object>> rows = found.stream().map(a -> Arrays.<Object>asList(
                a.getCivility() == null ? "" : messages.getMessage("civility." + a.getCivility(), null, locale),
                a.getGivenName(), a.getFamilyName(), a.getEmail(), a.getPhone() == null ? "" : a.getPhone(),
                a.getOrganisation(), a.getPositionTitle(), a.getBackground().label(locale),
                a.getSector() == null ? "" : a.getSector(),
                a.getRegion() == null ? "" : messages.getMessage("region." + a.getRegion(), null, locale),
                a.getGender() == null ? "" : messages.getMessage("application.gender." + a.getGender(), null, locale),
                messages.getMessage("application.status." + a.getStatus(), null, locale),
                a.getSubmittedAt().atZone(display.timeZone()).toLocalDateTime())).toList();
        return SpreadsheetDownload.of(asked, "candidatures-" + number, COLUMNS, rows);
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/applications/{id}")
    String show(@PathVariable int number, @PathVariable long id, Model model) {
        Session session = sessions.byNumber(number);
        Application application = applications.of(session, id).orElseThrow(() -> RecruitmentNotFound.application(id));
        model.addAttribute("nationalSession", session);
        model.addAttribute("candidacy", application);
        model.addAttribute("cv", applications.cvOf(application).orElse(null));
        model.addAttribute("forcing", selection.settingsOf(session).forcingOf(application.getId()));
        model.addAttribute("jury", jury.panel(application));
        return "recruitment/application";
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/applications/{id}/cv")
    ResponseEntity<byte[]> cv(@PathVariable int number, @PathVariable long id) {
        Session session = sessions.byNumber(number);
        CurriculumVitae cv = applications.of(session, id).flatMap(applications::cvOf)
                .orElseThrow(() -> RecruitmentNotFound.cv(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(cv.getFilename(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(cv.getContent());
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/applications/call")
    String callForm(@PathVariable int number, Model model) {
        Session session = sessions.byNumber(number);
        model.addAttribute("form", applications.callOf(session).map(call -> CallForm.of(call, display.timeZone()))
                .orElseGet(CallForm::new));
        model.addAttribute("nationalSession", session);
        return "recruitment/call-form";
    }

    @PostMapping("/staff/sessions/{number:\\d{1,9}}/applications/call")
    String saveCall(@PathVariable int number, @Valid @ModelAttribute("form") CallForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        if (form.closesBeforeItOpens()) {
            errors.rejectValue("closesAt", "application.call.closes-before-opening");
        }
        if (errors.hasErrors()) {
            model.addAttribute("nationalSession", session);
            return "recruitment/call-form";
        }
        try {
            applications.saveCall(session, form.getVersion(), form.getOpensAt().atZone(display.timeZone()).toInstant(),
                    form.getClosesAt().atZone(display.timeZone()).toInstant(), form.getPlaces(),
                    form.getIntroduction() == null || form.getIntroduction().isBlank() ? null : form.getIntroduction().trim());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            ApplicationCall saved = applications.callOf(session).orElseThrow();
            model.addAttribute("conflict", saved);
            model.addAttribute("nationalSession", session);
            form.setVersion(saved.getVersion());
            return "recruitment/call-form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/staff/sessions/" + number + "/applications";
    }
}
