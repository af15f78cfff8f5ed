package fr.cohorte.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of sessions: the list, a session's programme, its form, and cloning its structure. */
@Controller
class StaffSessionController {

    private final SessionCatalogue catalogue;
    private final ProgrammeEditor editor;
    private final ProgrammeMessages messages;

    StaffSessionController(SessionCatalogue catalogue, ProgrammeEditor editor, ProgrammeMessages messages) {
        this.catalogue = catalogue;
        this.editor = editor;
        this.messages = messages;
    }

    @GetMapping("/staff/sessions")
    String list(Model model) {
        model.addAttribute("sessions", catalogue.newestFirst());
        return "session/staff/sessions";
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}")
    String show(@PathVariable int number, Model model) {
        Session session = editor.session(number);
        Map<Long, List<ScheduledActivity>> timetables = new LinkedHashMap<>();
        session.getSeminars().forEach(seminar -> timetables.put(seminar.getId(), editor.timetable(seminar.getId())));
        model.addAttribute("nationalSession", session);
        model.addAttribute("timetables", timetables);
        return "session/staff/session";
    }

    @GetMapping("/staff/sessions/new")
    String newSession(Model model) {
        model.addAttribute("form", SessionForm.blank());
        return form(model, null);
    }

    @PostMapping("/staff/sessions")
    String create(@Validated({Default.class, SessionForm.EndTyped.class}) @ModelAttribute("form") SessionForm form, BindingResult errors, Model model, Locale locale,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Session session = editor.createSession(form.details());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/sessions/" + session.getNumber();
            } catch (ProgrammeRejectedException rejected) {
                messages.reject(errors, rejected.conflicts(), ProgrammeConflict::field, locale);
            }
        }
        form.withNewRows();
        return form(model, null);
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/edit")
    String edit(@PathVariable int number, Model model) {
        model.addAttribute("form", SessionForm.of(editor.session(number)));
        return form(model, number);
    }

    @PostMapping("/staff/sessions/{number:\\d{1,9}}")
    String update(@PathVariable int number, @Validated({Default.class, SessionForm.EndTyped.class}) @ModelAttribute("form") SessionForm form, BindingResult errors,
                  Model model, Locale locale, RedirectAttributes redirect) {
        editor.session(number);
        if (!errors.hasErrors()) {
            try {
                Session session = editor.updateSession(number, form.getVersion(), form.details());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/sessions/" + session.getNumber();
            } catch (ProgrammeRejectedException rejected) {
                messages.reject(errors, rejected.conflicts(), ProgrammeConflict::field, locale);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                model.addAttribute("conflict", true);
                form.setVersion(editor.session(number).getVersion());
            }
        }
        form.withNewRows();
        return form(model, number);
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/clone")
    String cloneForm(@PathVariable int number, Model model) {
        Session source = editor.session(number);
        SessionForm form = SessionForm.blank();
        form.setNumber(catalogue.newestFirst().getFirst().getNumber() + 1);
        form.setTheme(source.getTheme());
        model.addAttribute("form", form);
        return cloneView(model, source);
    }

    @PostMapping("/staff/sessions/{number:\\d{1,9}}/clone")
    String cloneSession(@PathVariable int number, @Valid @ModelAttribute("form") SessionForm form, BindingResult errors,
                        Model model, Locale locale, RedirectAttributes redirect) {
        Session source = editor.session(number);
        if (!errors.hasErrors()) {
            try {
                Session copy = editor.cloneSession(number, form.details());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/sessions/" + copy.getNumber();
            } catch (ProgrammeRejectedException rejected) {
                messages.reject(errors, rejected.conflicts(), ProgrammeConflict::field, locale);
            }
        }
        return cloneView(model, source);
    }

    private String form(Model model, Integer number) {
        model.addAttribute("sessionNumber", number);
        model.addAttribute("statuses", SessionStatus.values());
        return "session/staff/session-form";
    }

    private String cloneView(Model model, Session source) {
        model.addAttribute("source", source);
        model.addAttribute("sourceDays", java.time.temporal.ChronoUnit.DAYS.between(source.getStartDate(), source.getEndDate()) + 1);
        model.addAttribute("statuses", SessionStatus.values());
        return "session/staff/clone-form";
    }
}
