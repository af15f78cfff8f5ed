package fr.cohorte.directory;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** An agreement between two institutions: co-edition, support to training, hosting a visit... */
@Entity
public class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Organisation partner;

    @Enumerated(EnumType.STRING)
    private PartnershipKind kind;

    private LocalDate startDate;
    private LocalDate endDate;
    private String description;

    @Version
    private long version;

    protected Partnership() {
    }

    public Partnership(Organisation organisation, Organisation partner, PartnershipKind kind, LocalDate startDate,
                       LocalDate endDate, String description) {
        change(organisation, partner, kind, startDate, endDate, description);
    }

    /** Staff correct or extend the agreement; the same rules hold as when it was recorded. */
    public void change(Organisation organisation, Organisation partner, PartnershipKind kind, LocalDate startDate,
                       LocalDate endDate, String description) {
        if (organisation.getId().equals(partner.getId())) {
            throw new IllegalArgumentException("An organisation cannot be its own partner");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("A partnership cannot end before it starts");
        }
        this.organisation = organisation;
        this.partner = partner;
        this.kind = kind;
        this.startDate = startDate;
        this.endDate = endDate;
        this.description = description;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Organisation getPartner() {
        return partner;
    }

    public PartnershipKind getKind() {
        return kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getDescription() {
        return description;
    }
}
