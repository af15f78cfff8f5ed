package fr.cohorte.recruitment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.cohorte.directory.Backgrounds;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.Paging;
import fr.cohorte.web.ScopedAccess;
import fr.cohorte.web.RefusedException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The jurors' pages: the session's applications with where each juror stands, one application with its
 * CV and the juror's marks. Staff may read them; only the session's jurors mark (see SecurityConfiguration).
 */
@Controller
class JuryController {

    private final SessionCatalogue sessions;
    private final Applications applications;
    private final Jury jury;
    private final Backgrounds backgrounds;

    JuryController(SessionCatalogue sessions, Applications applications, Jury jury, Backgrounds backgrounds) {
        this.sessions = sessions;
        this.applications = applications;
        this.jury = jury;
        this.backgrounds = backgrounds;
    }

    @GetMapping("/jury/sessions/{number:\\d{1,9}}/applications")
    String list(@PathVariable int number, @ModelAttribute("search") ApplicationSearch search, Paging paging,
                Authentication viewer, Model model) {
        Session session = sessions.byNumber(number);
        boolean juror = isJurorOf(viewer, number);
        model.addAttribute("nationalSession", session);
        model.addAttribute("juror", juror);
        model.addAttribute("criteria", jury.criteria(session));
        model.addAttribute("applications", applications.toScore(session, search, paging));
        model.addAttribute("statuses", juror ? jury.statuses(session, viewer.getName()) : Map.of());
        model.addAttribute("backgrounds", backgrounds.all());
        model.addAttribute("listPath", "/jury/sessions/" + number + "/applications");
        return "recruitment/jury-applications";
    }

    @GetMapping("/jury/sessions/{number:\\d{1,9}}/applications/{id}")
    String show(@PathVariable int number, @PathVariable long id, Authentication viewer, Locale locale, Model model) {
        Session session = sessions.byNumber(number);
        Application application = applications.of(session, id).orElseThrow(() -> RecruitmentNotFound.application(id));
        MarkSheet sheet = jury.reviewOf(application, viewer.getName()).map(review -> MarkSheet.of(review, locale)).orElseGet(MarkSheet::new);
        return page(session, application, sheet, Map.of(), isJurorOf(viewer, number), model);
    }

    @PostMapping("/jury/sessions/{number:\\d{1,9}}/applications/{id}")
    String mark(@PathVariable int number, @PathVariable long id, @ModelAttribute("sheet") MarkSheet sheet,
                Authentication viewer, Model model, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        Application application = applications.of(session, id).orElseThrow(() -> RecruitmentNotFound.application(id));
        List<JuryCriterion> criteria = jury.criteria(session);
        Map<Long, MarkSheet.MarkError> errors = sheet.check(criteria);
        if (!errors.isEmpty()) {
            return page(session, application, sheet, errors, true, model);
        }
        try {
            jury.review(application, viewer.getName(), sheet);
        } catch (RefusedException refused) {
            return page(session, application, sheet, errors, true, model);
        }
        redirect.addFlashAttribute("saved", sheet.isConflict() ? "conflict" : "marks");
        return "redirect:/jury/sessions/" + number + "/applications/" + id;
    }

    @GetMapping("/jury/sessions/{number:\\d{1,9}}/applications/{id}/cv")
    ResponseEntity<byte[]> cv(@PathVariable int number, @PathVariable long id) {
        Session session = sessions.byNumber(number);
        CurriculumVitae cv = applications.of(session, id).flatMap(applications::cvOf).orElseThrow(() -> RecruitmentNotFound.cv(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(cv.getFilename(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(cv.getContent());
    }

    private String page(Session session, Application application, MarkSheet sheet, Map<Long, MarkSheet.MarkError> errors,
                        boolean juror, Model model) {
        model.addAttribute("nationalSession", session);
        model.addAttribute("candidacy", application);
        model.addAttribute("cv", applications.cvOf(application).orElse(null));
        model.addAttribute("criteria", jury.criteria(session));
        model.addAttribute("sheet", sheet);
        model.addAttribute("markErrors", errors);
        model.addAttribute("juror", juror);
        return "recruitment/jury-application";
    }

    /** The viewer holds the jury role for this session (granted with the session's number as scope). */
    static boolean isJurorOf(Authentication viewer, int number) {
        return ScopedAccess.holds(viewer, ScopedAccess.JURY, number);
    }
}
