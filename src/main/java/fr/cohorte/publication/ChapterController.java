package fr.cohorte.publication;

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

/**
 * Editing a chapter. When someone else saved it in between, the editor sees both texts (theirs,
 * saved, and their own, still in the form) and saves again knowingly: no edit is lost in silence.
 */
@Controller
class ChapterController {

    private final Chapters chapters;
    private final Publications publications;

    ChapterController(Chapters chapters, Publications publications) {
        this.chapters = chapters;
        this.publications = publications;
    }

    @GetMapping("/publications/{id}/manage/chapters/{chapterId}")
    String edit(@PathVariable long id, @PathVariable long chapterId, Model model) {
        model.addAttribute("form", ChapterForm.of(chapters.of(id, chapterId)));
        return form(id, chapterId, model);
    }

    @PostMapping("/publications/{id}/manage/chapters/{chapterId}")
    String save(@PathVariable long id, @PathVariable long chapterId, @Valid @ModelAttribute("form") ChapterForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(id, chapterId, model);
        }
        try {
            Chapter saved = chapters.edit(id, chapterId, form.getVersion(), form.getTitle(), form.getBody());
            redirect.addFlashAttribute("chapterSaved", saved.getTitle());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Chapter saved = chapters.of(id, chapterId);
            model.addAttribute("conflict", ChapterForm.of(saved));
            form.setVersion(saved.getVersion());
            return form(id, chapterId, model);
        }
        return "redirect:/publications/" + id + "/manage";
    }

    private String form(long id, long chapterId, Model model) {
        model.addAttribute("publication", publications.entry(id));
        model.addAttribute("chapter", chapters.of(id, chapterId));
        return "publication/chapter-form";
    }
}
