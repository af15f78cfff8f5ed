package fr.cohorte.directory;

import java.util.List;
import java.util.Locale;

import fr.cohorte.web.Paging;
import fr.cohorte.web.RefusedException;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff merge two records of one organisation: pick the duplicate, compare both, confirm. The
 * first record is kept, completed with what it lacks, and receives every relation of the second.
 */
@Controller
class OrganisationMergeController {

    /** Candidates listed before anything is typed: organisations whose name starts with the kept one's first word. */
    private static final int FIRST_WORD_MIN = 3;

    private final Organisations organisations;
    private final OrganisationMerge merge;

    OrganisationMergeController(Organisations organisations, OrganisationMerge merge) {
        this.organisations = organisations;
        this.merge = merge;
    }

    @GetMapping("/directory/organisations/merge")
    String compare(@RequestParam(required = false) Long kept, @RequestParam(required = false) Long merged,
                   @RequestParam(defaultValue = "") String q, Model model) {
        if (kept == null) {
            return "redirect:/directory/organisations";
        }
        Organisation first = organisation(kept);
        model.addAttribute("kept", first);
        if (merged == null) {
            String typed = q.isBlank() ? firstWord(first.getName()) : q;
            model.addAttribute("q", q);
            model.addAttribute("candidates", typed.isBlank() ? List.of()
                    : organisations.search(new DirectorySearch(typed, null, null), Paging.first(DirectorySearch.PAGE_SIZE)).getContent().stream()
                    .filter(o -> !o.getId().equals(kept)).toList());
            return "directory/organisation-merge";
        }
        model.addAttribute("merged", organisation(merged));
        model.addAttribute("obstacles", merge.obstacles(kept, merged));
        return "directory/organisation-merge";
    }

    @PostMapping("/directory/organisations/merge")
    String merge(@RequestParam(required = false) Long kept, @RequestParam(required = false) Long merged, Model model,
                 RedirectAttributes redirect) {
        if (kept == null || merged == null) {
            return "redirect:/directory/organisations";
        }
        String mergedName = organisation(merged).getName();
        try {
            merge.merge(kept, merged);
        } catch (RefusedException refused) {
            if (!refused.refusal().is(Obstacle.MERGE_REFUSED)) {
                throw refused;
            }
            return compare(kept, merged, "", model);
        }
        redirect.addFlashAttribute("mergedAway", mergedName);
        return "redirect:/directory/organisations/" + kept;
    }

    private Organisation organisation(Long id) {
        return organisations.byId(id).orElseThrow(() -> Refusal.notFound(Organisations.NOT_FOUND, id).exception());
    }

    private static String firstWord(String name) {
        String word = name.strip().split("[\\s'’-]+")[0];
        return word.length() >= FIRST_WORD_MIN ? word.toLowerCase(Locale.ROOT) : "";
    }
}
