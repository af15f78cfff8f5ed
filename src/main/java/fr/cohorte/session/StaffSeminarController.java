package fr.cohorte.session;

import java.util.Locale;

import jakarta.validation.Valid;
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

/** Staff create and change a session's seminars; the time zone select follows the country. */
@Controller
class StaffSeminarController {

    private final ProgrammeEditor editor;
    private final ProgrammeMessages messages;
    private final PlaceZones zones;

    StaffSeminarController(ProgrammeEditor editor, ProgrammeMessages messages, PlaceZones zones) {
        this.editor = editor;
        this.messages = messages;
        this.zones = zones;
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/seminars/new")
    String newSeminar(@PathVariable int number, Model model) {
        Session session = editor.session(number);
        SeminarForm form = new SeminarForm();
        form.setOrdinal(session.getSeminars().size() + 1);
        model.addAttribute("form", form);
        return form(model, session, null);
    }

    @PostMapping("/staff/sessions/{number:\\d{1,9}}/seminars")
    String create(@PathVariable int number, @Valid @ModelAttribute("form") SeminarForm form, BindingResult errors,
                  Model model, Locale locale, RedirectAttributes redirect) {
        Session session = editor.session(number);
        if (!errors.hasErrors()) {
            try {
                editor.createSeminar(number, form.details());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/sessions/" + number;
            } catch (ProgrammeRejectedException rejected) {
                messages.reject(errors, rejected.conflicts(), ProgrammeConflict::field, locale);
            }
        }
        return form(model, session, null);
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/edit")
    String edit(@PathVariable int number, @PathVariable long seminar, Model model) {
        Seminar found = editor.seminar(number, seminar);
        model.addAttribute("form", SeminarForm.of(found));
        return form(model, editor.session(number), seminar);
    }

    @PostMapping("/staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}")
    String update(@PathVariable int number, @PathVariable long seminar, @Valid @ModelAttribute("form") SeminarForm form,
                  BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        editor.seminar(number, seminar);
        if (!errors.hasErrors()) {
            try {
                editor.updateSeminar(seminar, form.getVersion(), form.details());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/sessions/" + number;
            } catch (ProgrammeRejectedException rejected) {
                messages.reject(errors, rejected.conflicts(), ProgrammeConflict::field, locale);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                model.addAttribute("conflict", true);
                form.setVersion(editor.seminar(seminar).getVersion());
            }
        }
        return form(model, editor.session(number), seminar);
    }

    /** The time zone select again, with the chosen country's zones first and one of them proposed. */
    @GetMapping("/staff/sessions/time-zones")
    String timeZones(@RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "") String city,
                     @RequestParam(defaultValue = "") String timeZone, Model model) {
        SeminarForm form = new SeminarForm();
        form.setCountry(country);
        form.setTimeZone(zones.proposed(country, city, timeZone));
        model.addAttribute("form", form);
        return "session/staff/fragments :: time-zone-select";
    }

    private String form(Model model, Session session, Long seminarId) {
        model.addAttribute("nationalSession", session);
        model.addAttribute("seminarId", seminarId);
        return "session/staff/seminar-form";
    }
}
