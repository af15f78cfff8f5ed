package fr.cohorte.session;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.cohorte.directory.Organisations;
import fr.cohorte.web.DocumentIntake;
import fr.cohorte.web.Irreversible;
import fr.cohorte.web.SearchPattern;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff create, change, cancel and delete a seminar's activities. The form asks the rules while it
 * is filled in (an htmx post to the check address) and again on save, which stores nothing that
 * breaks one.
 */
@Controller
class StaffActivityController {

    private static final String ACTIVITIES = "/staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities";
    private static final int SPEAKER_RESULTS = 20;

    private final ProgrammeEditor editor;
    private final ProgrammeMessages messages;
    private final Organisations organisations;
    private final ActivityDocuments documents;
    private final DocumentIntake intake;
    private final ProgrammeConsequences consequences;

    StaffActivityController(ProgrammeEditor editor, ProgrammeMessages messages, Organisations organisations, ActivityDocuments documents,
                            DocumentIntake intake, ProgrammeConsequences consequences) {
        this.editor = editor;
        this.consequences = consequences;
        this.messages = messages;
        this.organisations = organisations;
        this.documents = documents;
        this.intake = intake;
    }

    @GetMapping(ACTIVITIES + "/new")
    String newActivity(@PathVariable int number, @PathVariable long seminar, Model model) {
        Seminar found = editor.seminar(number, seminar);
        model.addAttribute("form", ActivityForm.startingOn(found.getStartDate()));
        return form(model, found, null);
    }

    @PostMapping(ACTIVITIES)
    String create(@PathVariable int number, @PathVariable long seminar, @Valid @ModelAttribute("form") ActivityForm form,
                  BindingResult errors, @RequestParam(required = false) String searchSpeakers, @RequestParam(defaultValue = "") String q,
                  Model model, Locale locale, RedirectAttributes redirect) {
        Seminar found = editor.seminar(number, seminar);
        form.setActivityId(null);
        if (searchSpeakers != null) {
            return formWithSpeakersFound(model, form, q, found, null);
        }
        Optional<ActivityDetails> details = details(seminar, form, errors, locale);
        if (!errors.hasErrors() && details.isPresent()) {
            try {
                editor.createActivity(seminar, details.get(), form.isChathamHouse());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/sessions/" + number + "#seminar-" + seminar;
            } catch (ProgrammeRejectedException rejected) {
                messages.reject(errors, rejected.conflicts(), ActivityForm::fieldOf, locale);
            }
        }
        return form(model, found, null);
    }

    @GetMapping(ACTIVITIES + "/{activity:\\d{1,18}}/edit")
    String edit(@PathVariable int number, @PathVariable long seminar, @PathVariable long activity, Model model) {
        Activity found = editor.activity(number, seminar, activity);
        model.addAttribute("form", ActivityForm.of(found));
        return form(model, found.getSeminar(), found);
    }

    @PostMapping(ACTIVITIES + "/{activity:\\d{1,18}}")
    String update(@PathVariable int number, @PathVariable long seminar, @PathVariable long activity,
                  @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors,
                  @RequestParam(required = false) String searchSpeakers, @RequestParam(defaultValue = "") String q,
                  Model model, Locale locale, RedirectAttributes redirect) {
        Activity found = editor.activity(number, seminar, activity);
        form.setActivityId(activity);
        if (searchSpeakers != null) {
            return formWithSpeakersFound(model, form, q, found.getSeminar(), found);
        }
        Optional<ActivityDetails> details = details(seminar, form, errors, locale);
        if (!errors.hasErrors() && details.isPresent()) {
            try {
                editor.updateActivity(activity, form.getVersion(), details.get(), form.isChathamHouse());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/sessions/" + number + "#seminar-" + seminar;
            } catch (ProgrammeRejectedException rejected) {
                messages.reject(errors, rejected.conflicts(), ActivityForm::fieldOf, locale);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                model.addAttribute("conflict", true);
                form.setVersion(editor.activity(activity).getVersion());
            }
        }
        return form(model, found.getSeminar(), found);
    }

    @PostMapping(ACTIVITIES + "/{activity:\\d{1,18}}/cancel")
    String cancel(@PathVariable int number, @PathVariable long seminar, @PathVariable long activity, RedirectAttributes redirect) {
        editor.activity(number, seminar, activity);
        editor.cancelActivity(activity);
        redirect.addFlashAttribute("cancelled", true);
        return "redirect:/staff/sessions/" + number + "#seminar-" + seminar;
    }

    /** What deleting the activity takes with it; nothing is deleted yet. */
    @GetMapping(ACTIVITIES + "/{activity:\\d{1,18}}/delete")
    String deletion(@PathVariable int number, @PathVariable long seminar, @PathVariable long activity, Model model) {
        return consequences.ofDeletingActivity(number, seminar, activity).show(model);
    }

    @Irreversible
    @PostMapping(ACTIVITIES + "/{activity:\\d{1,18}}/delete")
    String delete(@PathVariable int number, @PathVariable long seminar, @PathVariable long activity, RedirectAttributes redirect) {
        editor.activity(number, seminar, activity);
        editor.deleteActivity(activity);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/staff/sessions/" + number + "#seminar-" + seminar;
    }

    /** The rules' verdict on the form as it is now, as an alert fragment (htmx). */
    @PostMapping(ACTIVITIES + "/check")
    String check(@PathVariable int number, @PathVariable long seminar, @ModelAttribute("form") ActivityForm form,
                 BindingResult errors, Model model, Locale locale) {
        editor.seminar(number, seminar);
        Optional<ActivityDetails> details = details(seminar, form, errors, locale);
        List<String> problems = errors.getFieldErrors().stream()
                .filter(error -> error.getField().endsWith("Time") || error.getField().endsWith("Date"))
                .map(error -> messages.resolve(error, locale)).toList();
        if (details.isPresent()) {
            problems = editor.check(seminar, form.getActivityId(), details.get()).stream()
                    .map(conflict -> messages.explain(conflict, locale)).toList();
        }
        model.addAttribute("problems", problems);
        model.addAttribute("checked", details.isPresent() || !problems.isEmpty());
        return "session/staff/fragments :: checks";
    }

    /**
     * The activity as typed, its times read on the seminar's clocks by the editor; empty when they
     * are not all typed yet or do not exist there, the editor's reason then put on the field at fault.
     */
    private Optional<ActivityDetails> details(long seminar, ActivityForm form, BindingResult errors, Locale locale) {
        if (form.start().isEmpty() || form.end().isEmpty()) {
            return Optional.empty();
        }
        try {
            return form.details(editor.activityTimes(seminar, form.start().get(), form.end().get()));
        } catch (ProgrammeRejectedException rejected) {
            messages.reject(errors, rejected.conflicts(), ActivityForm::fieldOf, locale);
            return Optional.empty();
        }
    }

    /** Persons whose name or organisation contains the words typed, as checkboxes to add (htmx). */
    @GetMapping("/staff/sessions/speakers")
    String speakers(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") List<Long> speakerIds, Model model) {
        addSpeakersFound(model, q, speakerIds);
        return "session/staff/fragments :: speaker-results";
    }

    /**
     * The search for speakers without JavaScript: the whole form comes back as it was typed, nothing
     * saved and no error shown yet, with the persons found to tick under the search field.
     */
    private String formWithSpeakersFound(Model model, ActivityForm form, String q, Seminar seminar, Activity activity) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
        addSpeakersFound(model, q, form.getSpeakerIds());
        return form(model, seminar, activity);
    }

    /** Persons whose name or organisation contains the words typed, those already chosen aside. */
    private void addSpeakersFound(Model model, String q, List<Long> chosen) {
        List<ProgrammeSpeaker> found = q.isBlank() ? List.of()
                : editor.speakers(SearchPattern.containing(q), SPEAKER_RESULTS).stream()
                .filter(speaker -> chosen == null || !chosen.contains(speaker.id())).toList();
        model.addAttribute("found", found);
        model.addAttribute("q", q);
    }

    private String form(Model model, Seminar seminar, Activity activity) {
        ActivityForm form = (ActivityForm) model.getAttribute("form");
        model.addAttribute("seminar", seminar);
        model.addAttribute("sessionNumber", seminar.getSession().getNumber());
        model.addAttribute("activity", activity);
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("visibilities", ActivityVisibility.values());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("chosenSpeakers", editor.speakers(form.getSpeakerIds()));
        model.addAttribute("documents", activity == null ? List.of() : documents.of(activity.getId()));
        model.addAttribute("maxDocumentMegabytes", intake.megabytes());
        return "session/staff/activity-form";
    }
}
