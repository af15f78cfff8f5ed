package fr.cohorte.directory;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.internal.OrganisationRepository;
import fr.cohorte.directory.internal.PartnershipRepository;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partnerships between institutions: co-edition, support to training, hosting a visit, funding. */
@Controller
class PartnershipController {

    private final PartnershipRepository partnerships;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;

    PartnershipController(PartnershipRepository partnerships, OrganisationRepository organisations, AuditTrail audit) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.audit = audit;
    }

    @GetMapping("/directory/partnerships")
    @Transactional(readOnly = true)
    String list(Model model) {
        model.addAttribute("form", new PartnershipForm());
        return page(model);
    }

    @PostMapping("/directory/partnerships")
    @Transactional
    String create(@Valid @ModelAttribute("form") PartnershipForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (form.getOrganisationId() != null && form.getOrganisationId().equals(form.getPartnerId())) {
            errors.rejectValue("partnerId", "partnership.same-organisation");
        }
        if (form.getStartDate() != null && form.getEndDate() != null && form.getEndDate().isBefore(form.getStartDate())) {
            errors.rejectValue("endDate", "partnership.ends-before-start");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        Partnership partnership = partnerships.save(new Partnership(
                organisations.findById(form.getOrganisationId()).orElseThrow(),
                organisations.findById(form.getPartnerId()).orElseThrow(),
                form.getKind(), form.getStartDate(), form.getEndDate(),
                form.getDescription() == null || form.getDescription().isBlank() ? null : form.getDescription().trim()));
        audit.record(AuditAction.CREATED, "partnership:" + partnership.getId(), form.getKind().name());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/directory/partnerships";
    }

    private String page(Model model) {
        model.addAttribute("partnerships", partnerships.findAllWithOrganisations());
        model.addAttribute("organisations", organisations.findAllByOrderByNameAsc());
        model.addAttribute("kinds", PartnershipKind.values());
        return "directory/partnerships";
    }
}
