package fr.cohorte.directory;

import java.util.List;

import fr.cohorte.web.Irreversible;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff erase a person at their request. The confirmation says what will happen, module by module, as a page
 * or in a modal ({@link Irreversible}); a person whose erasure a rule forbids gets the page that says why.
 */
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
        List<Obstacle> obstacles = erasure.obstacles(id);
        if (!person.isAnonymised() && obstacles.isEmpty()) {
            return consequences.of(person).show(model);
        }
        model.addAttribute("person", person);
        model.addAttribute("obstacles", obstacles);
        return "directory/person-erase";
    }

    @Irreversible
    @PostMapping("/directory/persons/{id}/erase")
    String erase(@PathVariable Long id, Model model, RedirectAttributes redirect) {
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
