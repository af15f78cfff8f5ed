package fr.cohorte.directory;

import fr.cohorte.web.RefusedException;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff erase a person at their request: a screen says what will happen, a ticked box confirms. */
@Controller
class PersonErasureController {

    private final Persons persons;
    private final PersonErasure erasure;
    private final ErasureConsequences consequences;

    PersonErasureController(Persons persons, PersonErasure erasure, ErasureConsequences consequences) {
        this.persons = persons;
        this.erasure = erasure;
        this.consequences = consequences;
    }

    @GetMapping("/directory/persons/{id}/erase")
    String confirm(@PathVariable Long id, Model model) {
        Person person = persons.byId(id).orElseThrow(() -> Refusal.notFound(Persons.NOT_FOUND, id).exception());
        model.addAttribute("person", person);
        model.addAttribute("obstacles", erasure.obstacles(id));
        model.addAttribute("consequences", consequences.of(person));
        return "directory/person-erase";
    }

    @PostMapping("/directory/persons/{id}/erase")
    String erase(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
                 RedirectAttributes redirect) {
        if (!confirmed) {
            model.addAttribute("notConfirmed", true);
            return confirm(id, model);
        }
        try {
            erasure.erase(id);
        } catch (RefusedException refused) {
            if (!refused.refusal().is(Obstacle.ERASURE_REFUSED)) {
                throw refused;
            }
            return confirm(id, model);
        }
        redirect.addFlashAttribute("erased", true);
        return "redirect:/directory/persons/" + id;
    }
}
