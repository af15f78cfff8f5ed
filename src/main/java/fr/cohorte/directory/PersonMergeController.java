package fr.cohorte.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.cohorte.web.Paging;
import fr.cohorte.web.RefusedException;
import fr.cohorte.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff merge two records of the same person: pick the duplicate, compare both side by side,
 * choose each value, confirm. The first record is kept and receives every relation of the second.
 */
@Controller
class PersonMergeController {

    private final Persons persons;
    private final PersonMerge merge;
    private final MessageSource messages;

    PersonMergeController(Persons persons, PersonMerge merge, MessageSource messages) {
        this.persons = persons;
        this.merge = merge;
        this.messages = messages;
    }

    @GetMapping("/directory/persons/merge")
    String compare(@RequestParam(required = false) Long kept, @RequestParam(required = false) Long merged,
                   @RequestParam(defaultValue = "") String q, Locale locale, Model model) {
        if (kept == null) {
            return "redirect:/directory/persons";
        }
        Person first = person(kept);
        model.addAttribute("kept", first);
        if (merged == null) {
            model.addAttribute("q", q);
            model.addAttribute("candidates", q.isBlank() ? persons.sameName(first)
                    : persons.search(new DirectorySearch(q, null, null), Paging.first(DirectorySearch.PAGE_SIZE)).getContent().stream()
                    .filter(p -> !p.getId().equals(kept)).toList());
            return "directory/person-merge";
        }
        Person second = person(merged);
        model.addAttribute("merged", second);
        model.addAttribute("rows", rows(first, second, locale));
        model.addAttribute("obstacles", merge.obstacles(kept, merged));
        return "directory/person-merge";
    }

    @PostMapping("/directory/persons/merge")
    String merge(@RequestParam(required = false) Long kept, @RequestParam(required = false) Long merged,
                 @RequestParam Map<String, String> choices, Locale locale, Model model, RedirectAttributes redirect) {
        if (kept == null || merged == null) {
            return "redirect:/directory/persons";
        }
        Set<PersonField> fromMerged = EnumSet.noneOf(PersonField.class);
        for (PersonField field : PersonField.values()) {
            if ("merged".equals(choices.get(field.name()))) {
                fromMerged.add(field);
            }
        }
        try {
            merge.merge(kept, merged, fromMerged);
        } catch (RefusedException refused) {
            if (!refused.refusal().is(Obstacle.MERGE_REFUSED)) {
                throw refused;
            }
            return compare(kept, merged, "", locale, model);
        } catch (DataIntegrityViolationException | jakarta.persistence.PersistenceException collision) {
            model.addAttribute("collision", true);
            return compare(kept, merged, "", locale, model);
        }
        redirect.addFlashAttribute("mergedAway", merged);
        return "redirect:/directory/persons/" + kept;
    }

    private Person person(Long id) {
        return persons.byId(id).orElseThrow(() -> Refusal.notFound(Persons.NOT_FOUND, id).exception());
    }

    private List<MergeRow> rows(Person kept, Person merged, Locale locale) {
        List<MergeRow> rows = new ArrayList<>();
        for (PersonField field : PersonField.values()) {
            rows.add(new MergeRow(field, value(kept, field, locale), value(merged, field, locale)));
        }
        return rows;
    }

    private String value(Person person, PersonField field, Locale locale) {
        String value = switch (field) {
            case CIVILITY -> person.getCivility() == null ? null : messages.getMessage("civility." + person.getCivility(), null, locale);
            case GIVEN_NAME -> person.getGivenName();
            case FAMILY_NAME -> person.getFamilyName();
            case EMAIL -> person.getEmail();
            case PHONE -> person.getPhone();
            case ORGANISATION -> person.getOrganisation() == null ? null : person.getOrganisation().getName();
            case POSITION -> person.getPositionTitle();
            case BACKGROUND -> person.getBackground() == null ? null : person.getBackground().label(locale);
            case LANGUAGES -> person.getLanguages();
            case BIO -> person.getBio();
        };
        return value == null ? "" : value;
    }
}
