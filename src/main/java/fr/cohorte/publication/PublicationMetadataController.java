package fr.cohorte.publication;

import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The publication's metadata form: what the catalogue, the copyright page and harvesters show. */
@Controller
class PublicationMetadataController {

    private final Cataloguing cataloguing;

    PublicationMetadataController(Cataloguing cataloguing) {
        this.cataloguing = cataloguing;
    }

    @GetMapping("/publications/{id}/manage/metadata")
    String edit(@PathVariable long id, Model model) {
        Cataloguing.Description description = cataloguing.description(id);
        model.addAttribute("form", PublicationMetadataForm.of(description));
        return form(description, model);
    }

    @PostMapping("/publications/{id}/manage/metadata")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") PublicationMetadataForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        if (form.hasIsbn() && !Isbn.isValid(form.getIsbn())) {
            errors.rejectValue("isbn", "publication.metadata.isbn.invalid");
        }
        if (form.hasDoi() && !Doi.isValid(form.getDoi())) {
            errors.rejectValue("doi", "publication.metadata.doi.invalid");
        }
        if (errors.hasErrors()) {
            return form(cataloguing.description(id), model);
        }
        try {
            Cataloguing.Description saved = cataloguing.describe(id, form.getVersion(), form.metadata());
            redirect.addFlashAttribute("metadataSaved", saved.metadata().title());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            errors.reject("publication.metadata.conflict");
            Cataloguing.Description current = cataloguing.description(id);
            form.setVersion(current.version());
            return form(current, model);
        }
        return "redirect:/publications/" + id + "/manage";
    }

    /** The form page; the breadcrumb shows the title as saved, not as being typed. */
    private String form(Cataloguing.Description saved, Model model) {
        model.addAttribute("publicationId", saved.publicationId());
        model.addAttribute("publicationTitle", saved.metadata().title());
        model.addAttribute("licences", Licence.values());
        model.addAttribute("languages", PublicationMetadataForm.LANGUAGES);
        return "publication/metadata-form";
    }
}
