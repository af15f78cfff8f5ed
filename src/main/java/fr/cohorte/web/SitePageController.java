package fr.cohorte.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class SitePageController {

    private final SitePageRepository pages;

    SitePageController(SitePageRepository pages) {
        this.pages = pages;
    }

    @GetMapping("/pages/{slug}")
    String page(@PathVariable String slug, Model model) {
        model.addAttribute("page", pages.findById(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "web/page";
    }
}
