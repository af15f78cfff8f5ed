package fr.cohorte.directory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A partnership between two organisations as staff record it. */
public class PartnershipForm {

    @NotNull(message = "{field.required}")
    private Long organisationId;

    @NotNull(message = "{field.required}")
    private Long partnerId;

    @NotNull(message = "{field.required}")
    private PartnershipKind kind;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @Size(max = 4000, message = "{field.too-long}")
    private String description;

    /** The version the form was opened on: a save on another is refused ({@link fr.cohorte.web.EditConflicts}). */
    private long version;

    /** The form filled with the partnership as it is, for editing. */
    static PartnershipForm of(Partnership partnership) {
        PartnershipForm form = new PartnershipForm();
        form.organisationId = partnership.getOrganisation().getId();
        form.partnerId = partnership.getPartner().getId();
        form.kind = partnership.getKind();
        form.startDate = partnership.getStartDate();
        form.endDate = partnership.getEndDate();
        form.description = partnership.getDescription();
        form.version = partnership.getVersion();
        return form;
    }

    /** The description as stored: trimmed, and none rather than blank. */
    String descriptionOrNull() {
        return description == null || description.isBlank() ? null : description.trim();
    }

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }
    public PartnershipKind getKind() { return kind; }
    public void setKind(PartnershipKind kind) { this.kind = kind; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
