package fr.cohorte.knowledge;

import java.util.List;

import java.util.Set;

import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.MarkdownText;
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

/** Recommendations: the public list and page, and the editors' form. */
@Controller
class RecommendationController {

    private final Recommendations recommendations;
    private final Practices practices;
    private final PracticeEditors editors;
    private final SessionCatalogue sessions;
    private final SessionChapters chapters;

    RecommendationController(Recommendations recommendations, Practices practices, PracticeEditors editors, SessionCatalogue sessions,
                             SessionChapters chapters) {
        this.chapters = chapters;
        this.recommendations = recommendations;
        this.practices = practices;
        this.editors = editors;
        this.sessions = sessions;
    }

    @GetMapping("/recommendations")
    String list(Model model) {
        model.addAttribute("recommendations", recommendations.allPublished());
        return "knowledge/recommendations";
    }

    @GetMapping("/recommendations/{id}")
    String recommendation(@PathVariable long id, Model model) {
        Recommendation recommendation = recommendations.visible(id);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("textHtml", MarkdownText.toSafeHtml(recommendation.getText()));
        model.addAttribute("rationaleHtml", recommendation.getRationale() == null ? null : MarkdownText.toSafeHtml(recommendation.getRationale()));
        model.addAttribute("conditionsHtml", recommendation.getConditions() == null ? null : MarkdownText.toSafeHtml(recommendation.getConditions()));
        model.addAttribute("practices", practices.byIds(recommendation.getPracticeIds()).stream()
                .filter(p -> p.isPublished() || practices.mayEdit(p)).toList());
        model.addAttribute("mayEdit", recommendations.mayEdit(recommendation));
        model.addAttribute("chapter", recommendation.getChapterId() == null ? null
                : chapters.byId(recommendation.getChapterId()).orElse(null));
        return "knowledge/recommendation";
    }

    @GetMapping("/knowledge/recommendations/new")
    String newRecommendation(@RequestParam(required = false) Long practice, Model model) {
        editors.checkMayEditSome();
        RecommendationForm form = new RecommendationForm();
        if (practice != null) {
            form.getPracticeIds().add(practice);
        }
        Set<Integer> coordinated = editors.coordinatedSessions();
        if (!editors.isStaff() && coordinated.size() == 1) {
            form.setSessionNumber(coordinated.iterator().next());
        }
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping("/knowledge/recommendations")
    String create(@Valid @ModelAttribute("form") RecommendationForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        editors.checkMayEditSome();
        checkChapter(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = recommendations.create(form.details());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/recommendations/" + id;
        } catch (RefusedException refused) {
            PracticeEditController.reject(errors, refused);
            return form(model, null);
        }
    }

    @GetMapping("/knowledge/recommendations/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Recommendation recommendation = recommendations.editable(id);
        model.addAttribute("form", RecommendationForm.of(recommendation));
        return form(model, recommendation);
    }

    @PostMapping("/knowledge/recommendations/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RecommendationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Recommendation recommendation = recommendations.editable(id);
        checkChapter(form, errors);
        if (errors.hasErrors()) {
            return form(model, recommendation);
        }
        try {
            recommendations.update(id, form.getVersion(), form.details());
        } catch (RefusedException refused) {
            PracticeEditController.reject(errors, refused);
            return form(model, recommendation);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Recommendation saved = recommendations.editable(id);
            model.addAttribute("conflict", saved);
            form.setVersion(saved.getVersion());
            return form(model, saved);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/recommendations/" + id;
    }

    @PostMapping("/knowledge/recommendations/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) RecommendationStatus status, RedirectAttributes redirect) {
        recommendations.editable(id);
        if (status == null) {
            return "redirect:/knowledge/recommendations/" + id + "/edit";
        }
        recommendations.changeStatus(id, status);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/recommendations/" + id;
    }

    private String form(Model model, Recommendation recommendation) {
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("addressees", RecommendationAddressee.values());
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("practices", practices.editableByMe());
        List<Integer> sessionNumbers = editors.editableAmong(sessions.newestFirst().stream().map(Session::getNumber).toList());
        model.addAttribute("sessionNumbers", sessionNumbers);
        model.addAttribute("chapters", sessionNumbers.stream().flatMap(n -> chapters.of(n).stream()).toList());
        return "knowledge/recommendation-form";
    }

    /** The chapter that carries a recommendation is one of its session's books. */
    private void checkChapter(RecommendationForm form, BindingResult errors) {
        if (form.getChapterId() == null) {
            return;
        }
        boolean ofItsSession = chapters.byId(form.getChapterId())
                .filter(chapter -> form.getSessionNumber() != null && chapter.sessionNumber() == form.getSessionNumber()).isPresent();
        if (!ofItsSession) {
            errors.rejectValue("chapterId", "recommendation.chapter.other-session");
        }
    }
}
