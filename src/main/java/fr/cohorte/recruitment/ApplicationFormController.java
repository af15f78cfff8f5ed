package fr.cohorte.recruitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import fr.cohorte.directory.Backgrounds;
import fr.cohorte.directory.Civility;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.RefusedException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public application form of a session, open only while its call is. */
@Controller
class ApplicationFormController {

    private final SessionCatalogue sessions;
    private final Applications applications;
    private final Backgrounds backgrounds;
    private final ApplicationProperties properties;

    ApplicationFormController(SessionCatalogue sessions, Applications applications, Backgrounds backgrounds,
                              ApplicationProperties properties) {
        this.sessions = sessions;
        this.applications = applications;
        this.backgrounds = backgrounds;
        this.properties = properties;
    }

    @GetMapping("/sessions/{number:\\d{1,9}}/apply")
    String form(@PathVariable int number, Model model) {
        model.addAttribute("form", new ApplicationForm());
        return page(sessions.byNumber(number), model);
    }

    @PostMapping("/sessions/{number:\\d{1,9}}/apply")
    String apply(@PathVariable int number, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
                 Model model, Locale locale, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        if (!applications.isOpen(session)) {
            return page(session, model);
        }
        byte[] cv = checkedCv(form.getCv(), errors);
        if (errors.hasErrors()) {
            return page(session, model);
        }
        try {
            applications.submit(session, form.details(), filename(form.getCv()), cv, locale);
        } catch (RefusedException refused) {
            // The form is shown again with what was typed, the reason above it.
            model.addAttribute("refusal", refused.refusal());
            return page(session, model);
        }
        redirect.addFlashAttribute("email", form.getEmail().trim());
        return "redirect:/sessions/" + number + "/apply/sent";
    }

    @GetMapping("/sessions/{number:\\d{1,9}}/apply/sent")
    String sent(@PathVariable int number, Model model) {
        model.addAttribute("nationalSession", sessions.byNumber(number));
        return "recruitment/application-sent";
    }

    private String page(Session session, Model model) {
        model.addAttribute("nationalSession", session);
        if (!applications.isOpen(session)) {
            model.addAttribute("call", applications.callOf(session).orElse(null));
            return "recruitment/call-closed";
        }
        model.addAttribute("call", applications.callOf(session).orElseThrow());
        model.addAttribute("backgrounds", backgrounds.all());
        model.addAttribute("civilities", Civility.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("regions", Region.values());
        model.addAttribute("maxCvMegabytes", Math.max(1, properties.maxCvSize().toMegabytes()));
        model.addAttribute("retentionMonths", properties.retentionMonths());
        return "recruitment/apply";
    }

    /** The CV's bytes when it is a PDF within the size limit; otherwise an error on the field, and null. */
    private byte[] checkedCv(MultipartFile file, BindingResult errors) {
        if (file == null || file.isEmpty()) {
            errors.rejectValue("cv", "application.cv.required");
            return null;
        }
        if (file.getSize() > properties.maxCvSize().toBytes()) {
            errors.rejectValue("cv", "application.cv.too-large", new Object[] {Math.max(1, properties.maxCvSize().toMegabytes())}, null);
            return null;
        }
        try {
            byte[] content = file.getBytes();
            if (!CurriculumVitae.isPdf(content)) {
                errors.rejectValue("cv", "application.cv.not-pdf");
                return null;
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String filename(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "cv.pdf" : name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    }
}
