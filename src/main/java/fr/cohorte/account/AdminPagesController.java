package fr.cohorte.account;

import jakarta.validation.Valid;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.Text;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cohorte.web.SitePage;
import fr.cohorte.web.SitePages;

/**
 * Administrators write the footer's pages (accessibility statement, legal notice, personal data,
 * cookies) in the institution's own words, in French and English. Every change goes to the audit trail.
 */
@Controller
class AdminPagesController {

    private final SitePages pages;
    private final RewriteSitePage rewriteSitePage;

    AdminPagesController(SitePages pages, RewriteSitePage rewriteSitePage) {
        this.pages = pages;
        this.rewriteSitePage = rewriteSitePage;
    }

    @GetMapping("/admin/pages")
    String list(Model model) {
        model.addAttribute("pages", pages.all());
        return "admin/pages";
    }

    @GetMapping("/admin/pages/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        SitePage page = page(slug);
        model.addAttribute("form", SitePageForm.of(page));
        return form(model, page);
    }

    @PostMapping("/admin/pages/{slug}")
    String save(@PathVariable String slug, @Valid @ModelAttribute("form") SitePageForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        SitePage page = page(slug);
        if (errors.hasErrors()) {
            return form(model, page);
        }
        try {
            rewriteSitePage.rewrite(slug, form.getVersion(), form.getTitleFr(), form.getTitleEn(), form.getBodyFr(), form.getBodyEn());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            SitePage saved = page(slug);
            model.addAttribute("conflict", true);
            form.setVersion(saved.getVersion());
            return form(model, saved);
        }
        redirect.addFlashAttribute("saved", form.getTitleFr());
        return "redirect:/admin/pages";
    }

    private SitePage page(String slug) {
        return pages.bySlug(slug).orElseThrow(() -> Refusal.notFound(SitePages.NOT_FOUND, Text.excerpt(slug)).exception());
    }

    private String form(Model model, SitePage page) {
        model.addAttribute("page", page);
        return "admin/page-form";
    }
}
