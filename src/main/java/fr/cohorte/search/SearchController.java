package fr.cohorte.search;

import fr.cohorte.web.PageSize;
import fr.cohorte.web.Paging;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results of the header's search box, for anyone: each reader finds what they may see. */
@Controller
class SearchController {

    private final SiteSearch search;

    SearchController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) Integer session, @PageSize(10) Paging paging,
                  Authentication reader, Model model) {
        model.addAttribute("results", search.find(new SearchQuery(q, kind, session), SearchReader.of(reader), paging));
        return "search/results";
    }
}
