package fr.cohorte.recruitment;


import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff set up a session's jury: the criteria and their weights, and they see who the jurors are. */
@Controller
class StaffJuryController {

    private final SessionCatalogue sessions;
    private final Jury jury;

    StaffJuryController(SessionCatalogue sessions, Jury jury) {
        this.sessions = sessions;
        this.jury = jury;
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/jury")
    String show(@PathVariable int number, Model model) {
        Session session = sessions.byNumber(number);
        CriterionForm form = new CriterionForm();
        form.setPosition(jury.criteria(session).size() + 1);
        return page(session, form, model);
    }

    @PostMapping("/staff/sessions/{number:\\d{1,9}}/jury/criteria")
    String add(@PathVariable int number, @Valid @ModelAttribute("form") CriterionForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        if (form.parsedWeight() == null && !errors.hasFieldErrors("weight")) {
            errors.rejectValue("weight", "jury.criterion.weight.invalid");
        }
        if (errors.hasErrors()) {
            return page(session, form, model);
        }
        jury.addCriterion(session, form.getName(), form.trimmedNameEn(), form.parsedWeight(), form.getMaximum(), form.getPosition());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/staff/sessions/" + number + "/jury";
    }

    @PostMapping("/staff/sessions/{number:\\d{1,9}}/jury/criteria/defaults")
    String addDefaults(@PathVariable int number, RedirectAttributes redirect) {
        jury.addDefaultCriteria(sessions.byNumber(number));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/staff/sessions/" + number + "/jury";
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/jury/criteria/{id}/edit")
    String edit(@PathVariable int number, @PathVariable long id, Model model) {
        Session session = sessions.byNumber(number);
        JuryCriterion criterion = jury.criterion(session, id).orElseThrow(() -> RecruitmentNotFound.criterion(id));
        model.addAttribute("form", CriterionForm.of(criterion));
        return editPage(session, criterion, model);
    }

    @PostMapping("/staff/sessions/{number:\\d{1,9}}/jury/criteria/{id}")
    String update(@PathVariable int number, @PathVariable long id, @Valid @ModelAttribute("form") CriterionForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        JuryCriterion criterion = jury.criterion(session, id).orElseThrow(() -> RecruitmentNotFound.criterion(id));
        if (form.parsedWeight() == null && !errors.hasFieldErrors("weight")) {
            errors.rejectValue("weight", "jury.criterion.weight.invalid");
        }
        if (!errors.hasErrors()) {
            try {
                jury.updateCriterion(criterion, form.getVersion(), form.getName(), form.trimmedNameEn(), form.parsedWeight(),
                        form.getMaximum(), form.getPosition());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/sessions/" + number + "/jury";
            } catch (ObjectOptimisticLockingFailureException conflict) {
                model.addAttribute("conflict", criterion);
                form.setVersion(criterion.getVersion());
            } catch (RefusedException refused) {
                // The form is shown again with what was typed; a maximum below the marks given is that field's fault.
                refused.refusal().rejectInto(errors, refused.refusal().is("jury.criterion.maximum.below-marks") ? "maximum" : null);
            }
        }
        return editPage(session, criterion, model);
    }

    @PostMapping("/staff/sessions/{number:\\d{1,9}}/jury/criteria/{id}/delete")
    String remove(@PathVariable int number, @PathVariable long id, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        JuryCriterion criterion = jury.criterion(session, id).orElseThrow(() -> RecruitmentNotFound.criterion(id));
        jury.removeCriterion(criterion);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/staff/sessions/" + number + "/jury";
    }

    private String page(Session session, CriterionForm form, Model model) {
        model.addAttribute("nationalSession", session);
        model.addAttribute("criteria", jury.criteria(session));
        model.addAttribute("jurors", jury.jurors(session));
        model.addAttribute("jurorNames", jury.jurorNames(session));
        model.addAttribute("reviewCounts", jury.reviewCounts(session));
        model.addAttribute("form", form);
        return "recruitment/jury";
    }

    private String editPage(Session session, JuryCriterion criterion, Model model) {
        model.addAttribute("nationalSession", session);
        model.addAttribute("criterion", criterion);
        return "recruitment/jury-criterion";
    }
}
