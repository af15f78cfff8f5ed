package fr.cohorte.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The practice form as editors fill it in. The territory is one choice among regions, departments
 * and countries, sent as {@code REGION:84}, {@code DEPARTMENT:69} or {@code COUNTRY:DE}.
 */
public class PracticeForm {

    @NotBlank(message = "{field.required}")
    @Size(max = 300, message = "{field.too-long}")
    private String title;

    @NotNull(message = "{field.required}")
    private Long typeId;

    private List<Long> domainIds = new ArrayList<>();
    private List<Long> targetPublicIds = new ArrayList<>();
    private String territory;
    private List<Long> organisationIds = new ArrayList<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endedOn;

    @NotNull(message = "{field.required}")
    private PracticeStage stage = PracticeStage.RUNNING;

    @Size(max = 20000, message = "{field.too-long}")
    private String description;
    @Size(max = 20000, message = "{field.too-long}")
    private String resources;
    @Size(max = 20000, message = "{field.too-long}")
    private String results;
    @Size(max = 20000, message = "{field.too-long}")
    private String limits;
    @Size(max = 20000, message = "{field.too-long}")
    private String transferability;

    @NotNull(message = "{field.required}")
    private PracticeEvidence evidence = PracticeEvidence.TESTIMONY;

    private Integer sessionNumber;
    private long version;

    public static PracticeForm of(Practice practice) {
        PracticeForm form = new PracticeForm();
        form.title = practice.getTitle();
        form.typeId = practice.getType().getId();
        form.domainIds = new ArrayList<>(practice.getDomains().stream().map(TaxonomyTerm::getId).toList());
        form.targetPublicIds = new ArrayList<>(practice.getTargetPublics().stream().map(TaxonomyTerm::getId).toList());
        form.territory = practice.territory().map(t -> t.kind() + ":" + t.code()).orElse(null);
        form.organisationIds = new ArrayList<>(practice.getOrganisationIds());
        form.startedOn = practice.getStartedOn();
        form.endedOn = practice.getEndedOn();
        form.stage = practice.getStage();
        form.description = practice.getDescription();
        form.resources = practice.getResources();
        form.results = practice.getResults();
        form.limits = practice.getLimits();
        form.transferability = practice.getTransferability();
        form.evidence = practice.getEvidence();
        form.sessionNumber = practice.getSessionNumber();
        form.version = practice.getVersion();
        return form;
    }

    /**
     * The territory chosen: empty when none is, null when the value names no region, department or
     * country (a forged form).
     */
    public Optional<Territory> chosenTerritory() {
        if (territory == null || territory.isBlank()) {
            return Optional.empty();
        }
        int colon = territory.indexOf(':');
        if (colon < 0) {
            return null;
        }
        TerritoryKind kind;
        try {
            kind = TerritoryKind.valueOf(territory.substring(0, colon));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
        Optional<Territory> chosen = Territory.of(kind, territory.substring(colon + 1));
        return chosen.isPresent() ? chosen : null;
    }

    public PracticeDetails details() {
        Optional<Territory> chosen = chosenTerritory();
        return new PracticeDetails(title, typeId, new HashSet<>(domainIds), new HashSet<>(targetPublicIds),
                chosen == null ? null : chosen.orElse(null), new HashSet<>(organisationIds), startedOn, endedOn, stage,
                description, resources, results, limits, transferability, evidence, sessionNumber);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getTypeId() { return typeId; }
    public void setTypeId(Long typeId) { this.typeId = typeId; }
    public List<Long> getDomainIds() { return domainIds; }
    public void setDomainIds(List<Long> domainIds) { this.domainIds = domainIds == null ? new ArrayList<>() : domainIds; }
    public List<Long> getTargetPublicIds() { return targetPublicIds; }
    public void setTargetPublicIds(List<Long> ids) { this.targetPublicIds = ids == null ? new ArrayList<>() : ids; }
    public String getTerritory() { return territory; }
    public void setTerritory(String territory) { this.territory = territory; }
    public List<Long> getOrganisationIds() { return organisationIds; }
    public void setOrganisationIds(List<Long> ids) { this.organisationIds = ids == null ? new ArrayList<>() : ids; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
    public PracticeStage getStage() { return stage; }
    public void setStage(PracticeStage stage) { this.stage = stage; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getResources() { return resources; }
    public void setResources(String resources) { this.resources = resources; }
    public String getResults() { return results; }
    public void setResults(String results) { this.results = results; }
    public String getLimits() { return limits; }
    public void setLimits(String limits) { this.limits = limits; }
    public String getTransferability() { return transferability; }
    public void setTransferability(String transferability) { this.transferability = transferability; }
    public PracticeEvidence getEvidence() { return evidence; }
    public void setEvidence(PracticeEvidence evidence) { this.evidence = evidence; }
    public Integer getSessionNumber() { return sessionNumber; }
    public void setSessionNumber(Integer sessionNumber) { this.sessionNumber = sessionNumber; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
