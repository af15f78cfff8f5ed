package fr.cohorte.publication;

import java.security.Principal;
import java.util.List;
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

import fr.cohorte.knowledge.NoteCompilation;
import fr.cohorte.web.RefusedException;

/**
 * Editing a chapter. When someone else saved it in between, the editor sees both texts (theirs,
 * saved, and their own, still in the form) and saves again knowingly: no edit is lost in silence.
 * The same page lists the chapter's versions, its review state and the coordinators' comments.
 */
@Controller
class ChapterController {

    private final Chapters chapters;
    private final Publications publications;
    private final ChapterHtml html;
    private final NoteCompilation compilation;

    ChapterController(Chapters chapters, Publications publications, ChapterHtml html, NoteCompilation compilation) {
        this.chapters = chapters;
        this.publications = publications;
        this.html = html;
        this.compilation = compilation;
    }

    /**
     * The saved text as the book will print it, its cards read from the registry now. Cards speak the
     * book's language, as in the PDF; the page around them speaks the reader's.
     */
    @GetMapping("/publications/{id}/manage/chapters/{chapterId}/preview")
    String preview(@PathVariable long id, @PathVariable long chapterId, Model model, Locale reader) {
        Chapter chapter = chapters.of(id, chapterId);
        CatalogueEntry publication = publications.entry(id);
        model.addAttribute("publication", publication);
        model.addAttribute("chapter", chapter);
        model.addAttribute("html", html.of(chapter.printedMarkdown(), publication, reader));
        return "publication/chapter-preview";
    }

    /** A starting draft compiled from the notes of a seminar of the book's session, or of the whole session. */
    @GetMapping("/publications/{id}/manage/chapters/{chapterId}/compile")
    String compile(@PathVariable long id, @PathVariable long chapterId, @RequestParam(required = false) Integer seminar,
                   Model model, Locale reader) {
        Chapter chapter = chapters.of(id, chapterId);
        CatalogueEntry publication = publications.entry(id);
        model.addAttribute("publication", publication);
        model.addAttribute("chapter", chapter);
        if (publication.sessionNumber() != null) {
            NoteCompilation.Draft draft = compilation.compile(publication.sessionNumber(), seminar, publication.language());
            model.addAttribute("seminars", compilation.seminars(publication.sessionNumber()));
            model.addAttribute("seminar", seminar);
            model.addAttribute("draft", draft);
            model.addAttribute("html", html.of(draft.markdown(), publication, reader));
        }
        return "publication/chapter-compile";
    }

    /**
     * Adds the draft, compiled again now, at the end of the chapter as a new version. A chapter saved
     * by someone else since the page was shown is left alone, and the coordinator is told.
     */
    @PostMapping("/publications/{id}/manage/chapters/{chapterId}/compile")
    String appendCompiled(@PathVariable long id, @PathVariable long chapterId, @RequestParam(required = false) Integer seminar,
                          @RequestParam long version, Principal editor, RedirectAttributes redirect) {
        Chapter chapter = chapters.of(id, chapterId);
        Integer sessionNumber = publications.entry(id).sessionNumber();
        NoteCompilation.Draft draft = sessionNumber == null ? null
                : compilation.compile(sessionNumber, seminar, publications.entry(id).language());
        if (draft == null || draft.isEmpty()) {
            redirect.addFlashAttribute("compileEmpty", true);
            return "redirect:/publications/" + id + "/manage/chapters/" + chapterId + "/compile"
                    + (seminar == null ? "" : "?seminar=" + seminar);
        }
        String body = chapter.getBody().isBlank() ? draft.markdown() : chapter.getBody().stripTrailing() + "\n\n" + draft.markdown();
        try {
            chapters.edit(id, chapterId, version, chapter.getTitle(), body, editor.getName());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("compileConflict", true);
            return "redirect:/publications/" + id + "/manage/chapters/" + chapterId + "/compile"
                    + (seminar == null ? "" : "?seminar=" + seminar);
        }
        redirect.addFlashAttribute("compiledAppended", List.of(draft.contributions(), draft.practices()));
        return "redirect:/publications/" + id + "/manage/chapters/" + chapterId;
    }

    @GetMapping("/publications/{id}/manage/chapters/{chapterId}")
    String edit(@PathVariable long id, @PathVariable long chapterId, Model model) {
        model.addAttribute("form", ChapterForm.of(chapters.of(id, chapterId)));
        return form(id, chapterId, model);
    }

    @PostMapping("/publications/{id}/manage/chapters/{chapterId}")
    String save(@PathVariable long id, @PathVariable long chapterId, @Valid @ModelAttribute("form") ChapterForm form,
                BindingResult errors, Principal editor, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(id, chapterId, model);
        }
        try {
            Chapters.Saved saved = chapters.edit(id, chapterId, form.getVersion(), form.getTitle(), form.getBody(), editor.getName());
            redirect.addFlashAttribute("chapterSaved", saved.chapter().getTitle());
            if (saved.approvalWithdrawn()) {
                redirect.addFlashAttribute("approvalWithdrawn", saved.chapter().getTitle());
            }
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Chapter saved = chapters.of(id, chapterId);
            model.addAttribute("conflict", ChapterForm.of(saved));
            form.setVersion(saved.getVersion());
            return form(id, chapterId, model);
        }
        return "redirect:/publications/" + id + "/manage";
    }

    /** Two versions side by side as one line diff; the newer is compared with the older whichever order they were picked in. */
    @GetMapping("/publications/{id}/manage/chapters/{chapterId}/diff")
    String diff(@PathVariable long id, @PathVariable long chapterId, @RequestParam int from, @RequestParam int to, Model model) {
        ChapterVersion older = chapters.version(id, chapterId, Math.min(from, to));
        ChapterVersion newer = chapters.version(id, chapterId, Math.max(from, to));
        List<LineDiff.Line> lines = LineDiff.between(older.getBody(), newer.getBody());
        model.addAttribute("publication", publications.entry(id));
        model.addAttribute("chapter", chapters.of(id, chapterId));
        model.addAttribute("versions", chapters.versions(id, chapterId));
        model.addAttribute("older", older);
        model.addAttribute("newer", newer);
        model.addAttribute("lines", lines);
        model.addAttribute("changes", lines.stream().filter(line -> line.kind() != LineDiff.Kind.SAME).count());
        return "publication/chapter-diff";
    }

    @PostMapping("/publications/{id}/manage/chapters/{chapterId}/versions/{number}/restore")
    String restore(@PathVariable long id, @PathVariable long chapterId, @PathVariable int number, Principal editor,
                   RedirectAttributes redirect) {
        Chapters.Saved saved = chapters.restore(id, chapterId, number, editor.getName());
        redirect.addFlashAttribute("versionRestored", String.valueOf(number));
        if (saved.approvalWithdrawn()) {
            redirect.addFlashAttribute("approvalWithdrawn", saved.chapter().getTitle());
        }
        return "redirect:/publications/" + id + "/manage/chapters/" + chapterId;
    }

    @PostMapping("/publications/{id}/manage/chapters/{chapterId}/state")
    String moveTo(@PathVariable long id, @PathVariable long chapterId, @RequestParam ChapterState state, RedirectAttributes redirect) {
        chapters.moveTo(id, chapterId, state);
        redirect.addFlashAttribute("stateChanged", state.name());
        return "redirect:/publications/" + id + "/manage/chapters/" + chapterId;
    }

    @PostMapping("/publications/{id}/manage/chapters/{chapterId}/comments")
    String comment(@PathVariable long id, @PathVariable long chapterId, @RequestParam(defaultValue = "") String comment,
                   Principal author, Model model, RedirectAttributes redirect) {
        try {
            chapters.comment(id, chapterId, author.getName(), comment);
        } catch (RefusedException refused) {
            if (!"comment".equals(refused.refusal().field())) {
                throw refused;
            }
            model.addAttribute("form", ChapterForm.of(chapters.of(id, chapterId)));
            model.addAttribute("commentText", comment);
            model.addAttribute("commentError", refused.refusal());
            return form(id, chapterId, model);
        }
        redirect.addFlashAttribute("commented", "true");
        return "redirect:/publications/" + id + "/manage/chapters/" + chapterId + "#comments";
    }

    private String form(long id, long chapterId, Model model) {
        model.addAttribute("publication", publications.entry(id));
        model.addAttribute("chapter", chapters.of(id, chapterId));
        model.addAttribute("versions", chapters.versions(id, chapterId));
        model.addAttribute("comments", chapters.comments(id, chapterId));
        model.addAttribute("authorNames", chapters.authorNames(id, chapterId));
        model.addAttribute("maxComment", Chapters.MAX_COMMENT);
        return "publication/chapter-form";
    }
}
