package fr.cohorte.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SitePageController {

    /** The refusal of an address under {@code /pages/} that names no page. */

    private final SitePageRepository pages;

    SitePageController(SitePageRepository pages) {
        this.pages = pages;
    }

    @GetMapping("/pages/{slug}")
    String page(@PathVariable String slug, Model model) {
        model.addAttribute("page", pages.findById(slug)
                .orElseThrow(() -> Refusal.notFound(SitePages.NOT_FOUND, Text.excerpt(slug)).exception()));
        return "web/page";
    }
}
