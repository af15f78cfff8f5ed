package fr.cohorte.account;

import java.util.Optional;

import fr.cohorte.directory.AlumniField;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.PersonPhotos;
import fr.cohorte.directory.Persons;
import fr.cohorte.directory.Photo;
import fr.cohorte.web.Text;
import fr.cohorte.web.RefusedException;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The logged-in person corrects their own record and chooses what the alumni directory shows of them. */
@Controller
class ProfileController {

    private final Accounts accounts;
    private final Persons persons;
    private final PersonPhotos photos;

    ProfileController(Accounts accounts, Persons persons, PersonPhotos photos) {
        this.accounts = accounts;
        this.persons = persons;
        this.photos = photos;
    }

    @ModelAttribute("alumniFieldChoices")
    AlumniField[] alumniFieldChoices() {
        return AlumniField.values();
    }

    @GetMapping("/me/profile")
    String form(Authentication authentication, Model model) {
        Person person = self(authentication);
        model.addAttribute("form", ProfileForm.of(person));
        return page(person, model);
    }

    @PostMapping("/me/profile")
    String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors,
                @RequestParam(required = false) MultipartFile photo, Authentication authentication,
                Model model, RedirectAttributes redirect) {
        Person person = self(authentication);
        Optional<Photo> checked = Optional.empty();
        try {
            checked = photos.check(photo);
        } catch (RefusedException rejected) {
            rejected.refusal().rejectInto(errors, null);
        }
        if (errors.hasErrors()) {
            return page(person, model);
        }
        persons.rectify(person.getId(), Text.blankToNull(form.getPhone()), Text.blankToNull(form.getLanguages()),
                Text.blankToNull(form.getBio()), form.isAlumniOptIn(), form.getAlumniFields(), checked, form.isRemovePhoto());
        redirect.addFlashAttribute("profileSaved", true);
        return "redirect:/me/profile";
    }

    @GetMapping("/me/photo")
    org.springframework.http.ResponseEntity<byte[]> photo(Authentication authentication) {
        return fr.cohorte.directory.PhotoResponse.of(photos.of(self(authentication).getId()));
    }

    private String page(Person person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("hasPhoto", photos.exists(person.getId()));
        return "account/profile";
    }

    private Person self(Authentication authentication) {
        Account account = accounts.byEmail(authentication.getName()).orElseThrow();
        return persons.byId(account.getPersonId()).orElseThrow();
    }
}
