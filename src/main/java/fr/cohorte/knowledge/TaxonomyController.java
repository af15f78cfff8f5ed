package fr.cohorte.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff configure the registry's lists: add, rename, reorder, retire and reinstate terms. */
@Controller
class TaxonomyController {

    private final Taxonomies taxonomies;

    TaxonomyController(Taxonomies taxonomies) {
        this.taxonomies = taxonomies;
    }

    @GetMapping("/knowledge/taxonomies")
    String lists(Model model) {
        Map<Taxonomy, java.util.List<TaxonomyTerm>> lists = new LinkedHashMap<>();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            lists.put(taxonomy, taxonomies.all(taxonomy));
        }
        model.addAttribute("lists", lists);
        return "knowledge/taxonomies";
    }

    @PostMapping("/knowledge/taxonomies")
    String add(@RequestParam Taxonomy taxonomy, @RequestParam(defaultValue = "") String nameFr,
               @RequestParam(defaultValue = "") String nameEn, RedirectAttributes redirect) {
        try {
            taxonomies.add(taxonomy, nameFr, nameEn);
            redirect.addFlashAttribute("saved", true);
        } catch (RefusedException refused) {
            refuse(redirect, taxonomy.name(), refused, nameFr, nameEn);
        }
        return "redirect:/knowledge/taxonomies#" + taxonomy;
    }

    @PostMapping("/knowledge/taxonomies/terms/{id}")
    String rename(@PathVariable long id, @RequestParam(defaultValue = "") String nameFr, @RequestParam(defaultValue = "") String nameEn,
                  RedirectAttributes redirect) {
        TaxonomyTerm term = taxonomies.term(id);
        try {
            taxonomies.rename(id, nameFr, nameEn);
            redirect.addFlashAttribute("saved", true);
        } catch (RefusedException refused) {
            refuse(redirect, "term-" + id, refused, nameFr, nameEn);
        }
        return "redirect:/knowledge/taxonomies#" + term.getTaxonomy();
    }

    @PostMapping("/knowledge/taxonomies/terms/{id}/order")
    String order(@PathVariable long id, @RequestParam String action) {
        TaxonomyTerm term = taxonomies.term(id);
        taxonomies.move(id, "up".equals(action) ? -1 : 1);
        return "redirect:/knowledge/taxonomies#" + term.getTaxonomy();
    }

    @PostMapping("/knowledge/taxonomies/terms/{id}/retire")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        TaxonomyTerm term = taxonomies.term(id);
        taxonomies.retire(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/knowledge/taxonomies#" + term.getTaxonomy();
    }

    @PostMapping("/knowledge/taxonomies/terms/{id}/reinstate")
    String reinstate(@PathVariable long id, RedirectAttributes redirect) {
        TaxonomyTerm term = taxonomies.term(id);
        taxonomies.reinstate(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/knowledge/taxonomies#" + term.getTaxonomy();
    }

    /** The refused form comes back with what was typed and the message next to the field at fault. */
    private static void refuse(RedirectAttributes redirect, String form, RefusedException refused, String nameFr, String nameEn) {
        if (refused.refusal().kind() != Refusal.Kind.INVALID) {
            throw refused;
        }
        redirect.addFlashAttribute("refusedForm", form);
        redirect.addFlashAttribute("refusedField", refused.refusal().field());
        redirect.addFlashAttribute("termRefusal", refused.refusal());
        redirect.addFlashAttribute("typedFr", nameFr);
        redirect.addFlashAttribute("typedEn", nameEn);
    }
}
