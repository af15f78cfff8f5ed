package fr.cohorte.account;

import fr.cohorte.directory.AlumniField;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The logged-in person corrects their own record and chooses what the alumni directory shows of them. */
@Controller
class ProfileController {

    private final Accounts accounts;
    private final Persons persons;

    ProfileController(Accounts accounts, Persons persons) {
        this.accounts = accounts;
        this.persons = persons;
    }

    @ModelAttribute("alumniFieldChoices")
    AlumniField[] alumniFieldChoices() {
        return AlumniField.values();
    }

    @GetMapping("/me/profile")
    String form(Authentication authentication, Model model) {
        Person person = self(authentication);
        model.addAttribute("form", ProfileForm.of(person));
        model.addAttribute("person", person);
        return "account/profile";
    }

    @PostMapping("/me/profile")
    String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Authentication authentication,
                Model model, RedirectAttributes redirect) {
        Person person = self(authentication);
        if (errors.hasErrors()) {
            model.addAttribute("person", person);
            return "account/profile";
        }
        persons.rectify(person.getId(), ProfileForm.blankToNull(form.getPhone()), ProfileForm.blankToNull(form.getLanguages()),
                ProfileForm.blankToNull(form.getBio()), form.isAlumniOptIn(), form.getAlumniFields());
        redirect.addFlashAttribute("profileSaved", true);
        return "redirect:/me/profile";
    }

    private Person self(Authentication authentication) {
        Account account = accounts.byEmail(authentication.getName()).orElseThrow();
        return persons.byId(account.getPersonId()).orElseThrow();
    }
}
