package fr.cohorte.directory;

import java.util.List;
import java.util.Locale;

import fr.cohorte.directory.internal.PartnershipRepository;
import fr.cohorte.web.PageSize;
import fr.cohorte.web.Paging;
import fr.cohorte.web.SpreadsheetDownload;
import fr.cohorte.web.Refusal;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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

/** Staff pages of the organisations directory. */
@Controller
class OrganisationController {

    private final Organisations organisations;
    private final MessageSource messages;
    private final List<Appearances> appearances;
    private final PartnershipRepository partnerships;

    OrganisationController(Organisations organisations, MessageSource messages, List<Appearances> appearances,
                           PartnershipRepository partnerships) {
        this.organisations = organisations;
        this.messages = messages;
        this.appearances = appearances;
        this.partnerships = partnerships;
    }

    @GetMapping("/directory/organisations")
    String list(@ModelAttribute("search") DirectorySearch search, @PageSize(DirectorySearch.PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("organisations", organisations.search(search, paging));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("listPath", "/directory/organisations");
        return "directory/organisations";
    }

    @GetMapping("/directory/organisations/export")
    ResponseEntity<byte[]> export(@ModelAttribute DirectorySearch search, @RequestParam(defaultValue = "csv") String format, Locale locale) {
        String asked = SpreadsheetDownload.checked(format, SpreadsheetDownload.FORMATS);
        List<Organisation> found = organisations.all(search);
        organisations.recordExport(asked, found.size());
        List<List<String>> rows = found.stream().map(o -> java.util.Arrays.asList(
                o.getName(), o.getShortName() == null ? "" : o.getShortName(),
                messages.getMessage("organisation.kind." + o.getKind(), null, locale),
                o.getSiren() == null ? "" : o.getSiren(), o.getSiret() == null ? "" : o.getSiret(),
                o.getWebsite() == null ? "" : o.getWebsite(), o.getAddress() == null ? "" : o.getAddress())).toList();
        return SpreadsheetDownload.of(asked, "organisations",
                List.of("nom", "sigle", "type", "siren", "siret", "site", "adresse"), rows);
    }

    @GetMapping("/directory/organisations/new")
    String newOrganisation(Model model) {
        model.addAttribute("form", new OrganisationForm());
        return form(model, null);
    }

    @PostMapping("/directory/organisations")
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        checkCompanyNumbers(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        Organisation organisation = organisations.create(form.details());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/directory/organisations/" + organisation.getId();
    }

    @GetMapping("/directory/organisations/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("organisation", organisations.byId(id).orElseThrow(() -> Refusal.notFound(Organisations.NOT_FOUND, id).exception()));
        model.addAttribute("appearances", appearances.stream().flatMap(source -> source.ofOrganisation(id).stream())
                .sorted(java.util.Comparator.comparing(Appearance::date)).toList());
        model.addAttribute("partnerships", partnerships.findAllOfOrganisation(id));
        return "directory/organisation";
    }

    @GetMapping("/directory/organisations/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Organisation organisation = organisations.byId(id).orElseThrow(() -> Refusal.notFound(Organisations.NOT_FOUND, id).exception());
        model.addAttribute("form", OrganisationForm.of(organisation));
        return form(model, id);
    }

    @PostMapping("/directory/organisations/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        checkCompanyNumbers(form, errors);
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            organisations.update(id, form.getVersion(), form.details());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Organisation saved = organisations.byId(id).orElseThrow();
            model.addAttribute("conflict", saved);
            form.setVersion(saved.getVersion());
            return form(model, id);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/directory/organisations/" + id;
    }

    private static void checkCompanyNumbers(OrganisationForm form, BindingResult errors) {
        if (form.sirenDigits() != null && !CompanyNumbers.isValidSiren(form.sirenDigits())) {
            errors.rejectValue("siren", "organisation.siren.invalid");
        }
        if (form.siretDigits() != null && !CompanyNumbers.isValidSiret(form.siretDigits())) {
            errors.rejectValue("siret", "organisation.siret.invalid");
        }
        if (form.sirenDigits() != null && form.siretDigits() != null && !form.siretDigits().startsWith(form.sirenDigits())) {
            errors.rejectValue("siret", "organisation.siret.other-siren");
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("organisationId", id);
        model.addAttribute("kinds", OrganisationKind.values());
        return "directory/organisation-form";
    }
}
