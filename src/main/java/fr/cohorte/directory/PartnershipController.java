package fr.cohorte.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.internal.OrganisationRepository;
import fr.cohorte.directory.internal.PartnershipRepository;
import fr.cohorte.web.DocumentIntake;
import fr.cohorte.web.EditConflicts;
import fr.cohorte.web.Irreversible;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partnerships between institutions: co-edition, support to training, hosting a visit, funding; and their documents. */
@Controller
class PartnershipController {

    static final String PARTNERSHIP = "/directory/partnerships/{partnership:\\d{1,18}}";

    private final PartnershipRepository partnerships;
    private final OrganisationRepository organisations;
    private final PartnershipDocuments documents;
    private final DocumentIntake intake;
    private final AuditTrail audit;
    private final PartnershipConsequences consequences;

    PartnershipController(PartnershipRepository partnerships, OrganisationRepository organisations, PartnershipDocuments documents,
                          DocumentIntake intake, AuditTrail audit, PartnershipConsequences consequences) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.documents = documents;
        this.intake = intake;
        this.audit = audit;
        this.consequences = consequences;
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
        checkAgreement(form, errors);
        if (errors.hasErrors()) {
            return page(model);
        }
        Partnership partnership = partnerships.save(new Partnership(
                organisations.findById(form.getOrganisationId()).orElseThrow(),
                organisations.findById(form.getPartnerId()).orElseThrow(),
                form.getKind(), form.getStartDate(), form.getEndDate(), form.descriptionOrNull()));
        audit.record(AuditAction.CREATED, "partnership:" + partnership.getId(), described("audit.detail.partnership.created", partnership));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/directory/partnerships";
    }

    @GetMapping(PARTNERSHIP)
    @Transactional(readOnly = true)
    String show(@PathVariable long partnership, Model model) {
        model.addAttribute("partnership", find(partnership));
        model.addAttribute("documents", documents.of(partnership));
        model.addAttribute("maxDocumentMegabytes", intake.megabytes());
        return "directory/partnership";
    }

    @GetMapping(PARTNERSHIP + "/edit")
    @Transactional(readOnly = true)
    String edit(@PathVariable long partnership, Model model) {
        model.addAttribute("form", PartnershipForm.of(find(partnership)));
        return form(model, partnership);
    }

    @PostMapping(PARTNERSHIP)
    @Transactional
    String update(@PathVariable long partnership, @Valid @ModelAttribute("form") PartnershipForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Partnership found = find(partnership);
        checkAgreement(form, errors);
        if (errors.hasErrors()) {
            return form(model, partnership);
        }
        try {
            EditConflicts.requireSeen(found.getVersion(), form.getVersion(), Partnership.class, partnership);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            model.addAttribute("conflict", found);
            form.setVersion(found.getVersion());
            return form(model, partnership);
        }
        Terms before = Terms.of(found);
        found.change(organisations.findById(form.getOrganisationId()).orElseThrow(),
                organisations.findById(form.getPartnerId()).orElseThrow(),
                form.getKind(), form.getStartDate(), form.getEndDate(), form.descriptionOrNull());
        audit.record(AuditAction.UPDATED, "partnership:" + partnership, described("audit.detail.partnership.updated", found)
                .changedFields("audit.field.partnership.", before, Terms.of(found)));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/directory/partnerships/" + partnership;
    }

    @GetMapping(PARTNERSHIP + "/delete")
    String confirmDeletion(@PathVariable long partnership, Model model) {
        return consequences.ofDeleting(partnership).show(model);
    }

    /** The partnership goes with its documents (the foreign key cascades). */
    @Irreversible
    @PostMapping(PARTNERSHIP + "/delete")
    @Transactional
    String delete(@PathVariable long partnership, RedirectAttributes redirect) {
        Partnership found = find(partnership);
        AuditDetail described = described("audit.detail.partnership.deleted", found);
        partnerships.delete(found);
        audit.record(AuditAction.DELETED, "partnership:" + partnership, described);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/directory/partnerships";
    }

    @PostMapping(PARTNERSHIP + "/documents")
    String upload(@PathVariable long partnership, HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        MultipartFile file = request instanceof MultipartHttpServletRequest upload ? upload.getFile("file") : null;
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("documentError", Refusal.invalid(DocumentIntake.EMPTY));
            return documentsOf(partnership);
        }
        try {
            documents.attach(partnership, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("documentSaved", file.getOriginalFilename());
        } catch (RefusedException refused) {
            if (refused.refusal().kind() != Refusal.Kind.INVALID) {
                throw refused;
            }
            redirect.addFlashAttribute("documentError", refused.refusal());
            redirect.addFlashAttribute("documentName", file.getOriginalFilename());
        }
        return documentsOf(partnership);
    }

    /** A post that is not an upload, or a file over the servlet's limit: back to the partnership, saying so. */
    @ExceptionHandler(MultipartException.class)
    String notAnUpload(MultipartException exception, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("documentError", exception instanceof MaxUploadSizeExceededException
                ? intake.tooLarge() : Refusal.invalid(DocumentIntake.EMPTY));
        return "redirect:" + request.getRequestURI().substring(0, request.getRequestURI().lastIndexOf("/documents")) + "#documents";
    }

    @GetMapping(PARTNERSHIP + "/documents/{document:\\d{1,18}}")
    ResponseEntity<byte[]> download(@PathVariable long partnership, @PathVariable long document) {
        PartnershipDocument found = documents.download(partnership, document)
                .orElseThrow(() -> Refusal.notFound(PartnershipDocuments.DOCUMENT_NOT_FOUND, document).exception());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(found.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(found.getContent());
    }

    /** Which file deleting would remove; nothing is deleted yet. */
    @GetMapping(PARTNERSHIP + "/documents/{document:\\d{1,18}}/delete")
    String confirmDocumentDeletion(@PathVariable long partnership, @PathVariable long document, Model model) {
        return consequences.ofDeletingDocument(partnership, document).show(model);
    }

    @Irreversible
    @PostMapping(PARTNERSHIP + "/documents/{document:\\d{1,18}}/delete")
    String deleteDocument(@PathVariable long partnership, @PathVariable long document, RedirectAttributes redirect) {
        documents.remove(partnership, document);
        redirect.addFlashAttribute("documentDeleted", true);
        return documentsOf(partnership);
    }

    private void checkAgreement(PartnershipForm form, BindingResult errors) {
        // A crafted or stale form may name an organisation deleted meanwhile: say so on the field.
        if (form.getOrganisationId() != null && !organisations.existsById(form.getOrganisationId())) {
            errors.rejectValue("organisationId", "partnership.unknown-organisation");
        }
        if (form.getPartnerId() != null && !organisations.existsById(form.getPartnerId())) {
            errors.rejectValue("partnerId", "partnership.unknown-organisation");
        }
        if (form.getOrganisationId() != null && form.getOrganisationId().equals(form.getPartnerId())) {
            errors.rejectValue("partnerId", "partnership.same-organisation");
        }
        if (form.getStartDate() != null && form.getEndDate() != null && form.getEndDate().isBefore(form.getStartDate())) {
            errors.rejectValue("endDate", "partnership.ends-before-start");
        }
    }

    private Partnership find(long id) {
        return partnerships.findWithOrganisationsById(id).orElseThrow(() -> Refusal.notFound(PartnershipDocuments.PARTNERSHIP_NOT_FOUND, id).exception());
    }

    private static String documentsOf(long partnership) {
        return "redirect:/directory/partnerships/" + partnership + "#documents";
    }

    private String form(Model model, long id) {
        model.addAttribute("partnershipId", id);
        model.addAttribute("organisations", organisations.findAllByOrderByNameAsc());
        model.addAttribute("kinds", PartnershipKind.values());
        return "directory/partnership-form";
    }

    private String page(Model model) {
        model.addAttribute("partnerships", partnerships.findAllWithOrganisations());
        model.addAttribute("organisations", organisations.findAllByOrderByNameAsc());
        model.addAttribute("kinds", PartnershipKind.values());
        return "directory/partnerships";
    }

    /** The two organisations and the kind of the partnership, the kind read in each reader's language. */
    private static AuditDetail described(String code, Partnership partnership) {
        return AuditDetail.of(code, partnership.getOrganisation().getDisplayName(), partnership.getPartner().getDisplayName(),
                AuditDetail.label("partnership.kind." + partnership.getKind().name()));
    }

    /** A partnership's terms as the audit trail compares them. */
    public record Terms(String organisation, String partner, String kind, LocalDate startDate, LocalDate endDate, String description) {

        static Terms of(Partnership partnership) {
            return new Terms(partnership.getOrganisation().getDisplayName(), partnership.getPartner().getDisplayName(),
                    AuditDetail.label("partnership.kind." + partnership.getKind().name()), partnership.getStartDate(),
                    partnership.getEndDate(), partnership.getDescription());
        }
    }
}
