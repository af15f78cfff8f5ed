package fr.cohorte.publication;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The publication's metadata form: what the catalogue, the copyright page and harvesters show. */
@Controller
class PublicationMetadataController {

    private final Cataloguing cataloguing;
    private final PublicationCovers covers;
    private final Publications publications;

    PublicationMetadataController(Cataloguing cataloguing, PublicationCovers covers, Publications publications) {
        this.cataloguing = cataloguing;
        this.covers = covers;
        this.publications = publications;
    }

    /** The form; {@code person} is what was typed to find a coordinator in the directory. */
    @GetMapping("/publications/{id}/manage/metadata")
    String edit(@PathVariable long id, @RequestParam(required = false) String person, Model model) {
        Cataloguing.Description description = cataloguing.description(id);
        model.addAttribute("form", PublicationMetadataForm.of(description));
        if (person != null && !person.isBlank()) {
            model.addAttribute("person", person);
            model.addAttribute("possibleCoordinators", cataloguing.possibleCoordinators(id, person));
        }
        return form(description, model);
    }

    @PostMapping("/publications/{id}/manage/metadata")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") PublicationMetadataForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        checkIsbns(id, form, errors);
        if (form.hasDoi() && !Doi.isValid(form.getDoi())) {
            errors.rejectValue("doi", "publication.metadata.doi.invalid");
        }
        form.getChapterDois().forEach((number, doi) -> {
            if (doi != null && !doi.isBlank() && !Doi.isValid(doi)) {
                errors.rejectValue("chapterDois[" + number + "]", "publication.metadata.doi.invalid");
            }
        });
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

    /** Each edition's ISBN is a valid ISBN-13, different from the other editions' and from other publications'. */
    private void checkIsbns(long id, PublicationMetadataForm form, BindingResult errors) {
        List<String> seen = new ArrayList<>();
        form.typedIsbns().forEach((format, isbn) -> {
            if (!Isbn.isValid(isbn)) {
                errors.rejectValue(format.field(), "publication.metadata.isbn.invalid");
            } else if (seen.stream().anyMatch(other -> Isbn.same(other, isbn))) {
                errors.rejectValue(format.field(), "publication.metadata.isbn.duplicate");
            } else {
                cataloguing.otherPublicationWithIsbn(id, isbn).ifPresent(title ->
                        errors.rejectValue(format.field(), "publication.metadata.isbn.taken", new Object[] {title}, null));
            }
            seen.add(isbn);
        });
    }

    /** The form page; the breadcrumb shows the title as saved, not as being typed. */
    private String form(Cataloguing.Description saved, Model model) {
        model.addAttribute("publicationId", saved.publicationId());
        model.addAttribute("publicationTitle", saved.metadata().title());
        model.addAttribute("licences", Licence.values());
        model.addAttribute("languages", PublicationMetadataForm.LANGUAGES);
        model.addAttribute("formats", BookFormat.values());
        model.addAttribute("chapters", publications.entry(saved.publicationId()).chapters());
        model.addAttribute("credits", cataloguing.credits(saved.publicationId()));
        model.addAttribute("possiblePublishers", cataloguing.possiblePublishers(saved.publicationId()));
        model.addAttribute("cover", covers.shown(saved.publicationId()).orElse(null));
        model.addAttribute("maxCoverMegabytes", Math.max(1, covers.maxBytes() / (1024 * 1024)));
        return "publication/metadata-form";
    }
}
