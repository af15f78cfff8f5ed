package fr.cohorte.knowledge;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cohorte.search.SearchReader;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;

/**
 * "Create a practice from this passage", on a note's page: staff and the session's coordinators
 * select (or paste) a passage; a draft practice keeps it as its first source and opens for editing.
 * A passage the note does not hold sends them back to the note with what they typed.
 */
@Controller
class PassageController {

    private final ContributionPassages passages;

    PassageController(ContributionPassages passages) {
        this.passages = passages;
    }

    @PostMapping("/knowledge/contributions/{contribution:\\d{1,18}}/practice")
    String draftPractice(@PathVariable("contribution") long id, @RequestParam(defaultValue = "") String passage,
                         @RequestParam(defaultValue = "") String title, Authentication who, RedirectAttributes redirect) {
        try {
            long practice = passages.draftPractice(id, passage, title, SearchReader.of(who));
            redirect.addFlashAttribute("practiceFromPassage", true);
            return "redirect:/knowledge/practices/" + practice + "/edit";
        } catch (RefusedException refused) {
            if (refused.refusal().is(Contributions.PASSAGE_REFUSED)) {
                throw new AccessDeniedException("Neither staff nor a coordinator of the note's session");
            }
            if (refused.refusal().kind() != Refusal.Kind.INVALID) {
                throw refused;
            }
            redirect.addFlashAttribute("passageError", refused.refusal());
            redirect.addFlashAttribute("passageText", passage);
            redirect.addFlashAttribute("passageTitle", title);
            return "redirect:/knowledge/contributions/" + id + "#passage";
        }
    }
}
