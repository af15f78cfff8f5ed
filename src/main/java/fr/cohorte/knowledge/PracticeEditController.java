package fr.cohorte.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.cohorte.directory.Organisations;
import fr.cohorte.session.Programme;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.session.Timetable;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
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

/** Staff and coordinators write practices: create, edit, source and publish them. */
@Controller
class PracticeEditController {

    private final Practices practices;
    private final Recommendations recommendations;
    private final Taxonomies taxonomies;
    private final PracticeEditors editors;
    private final Organisations organisations;
    private final SessionCatalogue sessions;
    private final Programme programme;
    private final ChathamHouseRule chathamHouse;

    PracticeEditController(Practices practices, Recommendations recommendations, Taxonomies taxonomies, PracticeEditors editors,
                           Organisations organisations, SessionCatalogue sessions, Programme programme, ChathamHouseRule chathamHouse) {
        this.chathamHouse = chathamHouse;
        this.programme = programme;
        this.practices = practices;
        this.recommendations = recommendations;
        this.taxonomies = taxonomies;
        this.editors = editors;
        this.organisations = organisations;
        this.sessions = sessions;
    }

    @GetMapping("/knowledge/practices")
    String mine(Model model) {
        model.addAttribute("practices", practices.editableByMe());
        model.addAttribute("recommendations", recommendations.editableByMe());
        model.addAttribute("staff", editors.isStaff());
        return "knowledge/manage";
    }

    @GetMapping("/knowledge/practices/new")
    String newPractice(Model model) {
        editors.checkMayEditSome();
        PracticeForm form = new PracticeForm();
        Set<Integer> coordinated = editors.coordinatedSessions();
        if (!editors.isStaff() && coordinated.size() == 1) {
            form.setSessionNumber(coordinated.iterator().next());
        }
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping("/knowledge/practices")
    String create(@Valid @ModelAttribute("form") PracticeForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        editors.checkMayEditSome();
        checkTerritory(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = practices.create(form.details());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/knowledge/practices/" + id + "/edit";
        } catch (RefusedException refused) {
            reject(errors, refused);
            return form(model, null);
        }
    }

    @GetMapping("/knowledge/practices/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Practice practice = practices.editable(id);
        model.addAttribute("form", PracticeForm.of(practice));
        return form(model, practice);
    }

    @PostMapping("/knowledge/practices/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PracticeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Practice practice = practices.editable(id);
        checkTerritory(form, errors);
        if (errors.hasErrors()) {
            return form(model, practice);
        }
        try {
            practices.update(id, form.getVersion(), form.details());
        } catch (RefusedException refused) {
            reject(errors, refused);
            return form(model, practice);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Practice saved = practices.editable(id);
            model.addAttribute("conflict", saved);
            form.setVersion(saved.getVersion());
            return form(model, saved);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/knowledge/practices/" + id + "/edit";
    }

    @PostMapping("/knowledge/practices/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) PracticeStatus status, RedirectAttributes redirect) {
        practices.editable(id);
        if (status == null) {
            return "redirect:/knowledge/practices/" + id + "/edit";
        }
        practices.changeStatus(id, status);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/practices/" + id;
    }

    @PostMapping("/knowledge/practices/{id}/sources")
    String addSource(@PathVariable long id, @ModelAttribute("sourceForm") PracticeSourceForm sourceForm, BindingResult errors,
                     Model model, RedirectAttributes redirect) {
        Practice practice = practices.editable(id);
        try {
            practices.addSource(id, sourceForm.source());
        } catch (RefusedException refused) {
            reject(errors, refused);
            model.addAttribute("form", PracticeForm.of(practice));
            return form(model, practice);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/knowledge/practices/" + id + "/edit#sources";
    }

    @PostMapping("/knowledge/practices/{id}/sources/{sourceId}/delete")
    String removeSource(@PathVariable long id, @PathVariable long sourceId, RedirectAttributes redirect) {
        practices.removeSource(id, sourceId);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/knowledge/practices/" + id + "/edit#sources";
    }

    private static void checkTerritory(PracticeForm form, BindingResult errors) {
        if (form.chosenTerritory() == null) {
            errors.rejectValue("territory", "territory.unknown");
        }
    }

    static void reject(BindingResult errors, RefusedException refused) {
        if (refused.refusal().kind() != Refusal.Kind.INVALID) {
            throw refused;
        }
        refused.refusal().rejectInto(errors);
    }

    private String form(Model model, Practice practice) {
        PracticeForm form = (PracticeForm) model.getAttribute("form");
        Set<Long> carried = new HashSet<>();
        if (practice != null) {
            carried.add(practice.getType().getId());
            practice.getDomains().forEach(term -> carried.add(term.getId()));
            practice.getTargetPublics().forEach(term -> carried.add(term.getId()));
        }
        model.addAttribute("practice", practice);
        model.addAttribute("chathamHouse", practice != null && chathamHouse.appliesTo(practice));
        model.addAttribute("types", taxonomies.offered(Taxonomy.PRACTICE_TYPE, carried));
        model.addAttribute("domains", taxonomies.offered(Taxonomy.DOMAIN, carried));
        model.addAttribute("targetPublics", taxonomies.offered(Taxonomy.TARGET_PUBLIC, carried));
        model.addAttribute("regions", TerritoryRegion.values());
        model.addAttribute("departments", TerritoryDepartment.values());
        model.addAttribute("countries", Territory.countries());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("stages", PracticeStage.values());
        model.addAttribute("evidenceLevels", PracticeEvidence.values());
        model.addAttribute("statuses", PracticeStatus.values());
        model.addAttribute("sessionNumbers", editors.editableAmong(sessions.newestFirst().stream().map(Session::getNumber).toList()));
        if (!model.containsAttribute("sourceForm")) {
            model.addAttribute("sourceForm", new PracticeSourceForm());
        }
        model.addAttribute("activities", practice == null || practice.getSessionNumber() == null ? List.of()
                : activities(practice.getSessionNumber()));
        model.addAttribute("sourceKinds", List.of(PracticeSourceKind.LINK, PracticeSourceKind.DOCUMENT, PracticeSourceKind.ACTIVITY));
        return "knowledge/practice-form";
    }

    /** A session's activities, to choose one as a source. */
    record ActivityChoice(long id, String label) {
    }

    private List<ActivityChoice> activities(int sessionNumber) {
        List<ActivityChoice> choices = new ArrayList<>();
        for (Timetable.Week week : programme.forCohort(sessionNumber).weeks()) {
            week.days().forEach(day -> day.slots().forEach(slot ->
                    choices.add(new ActivityChoice(slot.id(), week.title() + " — " + slot.title()))));
        }
        return choices;
    }
}
