package fr.cohorte.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.web.EditConflicts;
import fr.cohorte.web.Paging;
import fr.cohorte.web.SearchPattern;
import fr.cohorte.directory.internal.OrganisationRepository;
import fr.cohorte.directory.internal.PersonRepository;
import fr.cohorte.search.SearchIndex;
import fr.cohorte.web.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's organisations. */
@Service
@Transactional(readOnly = true)
public class Organisations {

    /** The refusal of an organisation number that names no organisation. */
    public static final String NOT_FOUND = "directory.refused.organisation-not-found";

    private static final Map<String, Sort> ORDERS = Map.of(
            "name", Sort.by("name"),
            "kind", Sort.by("kind", "name"));

    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final PersonRepository persons;
    private final SearchIndex searchIndex;

    Organisations(OrganisationRepository organisations, AuditTrail audit, PersonRepository persons, SearchIndex searchIndex) {
        this.organisations = organisations;
        this.audit = audit;
        this.persons = persons;
        this.searchIndex = searchIndex;
    }

    public Optional<Organisation> byId(Long id) {
        return organisations.findById(id);
    }

    public List<Organisation> all() {
        return organisations.findAllByOrderByNameAsc();
    }

    public Page<Organisation> search(DirectorySearch search, Paging paging) {
        return paging.fetch(paging.order(ORDERS, "name"), page -> organisations.findAll(matching(search), page));
    }

    /** Every organisation matching the search, by name, for an export. */
    public List<Organisation> all(DirectorySearch search) {
        return organisations.findAll(matching(search), ORDERS.get("name"));
    }

    @Transactional
    public Organisation create(OrganisationDetails details) {
        Organisation organisation = new Organisation(details.name(), details.shortName(), details.kind());
        organisation.update(details);
        organisations.save(organisation);
        audit.record(AuditAction.CREATED, "organisation:" + organisation.getId(),
                AuditDetail.of("audit.detail.organisation.created", organisation.getName()));
        return organisation;
    }

    @Transactional
    public Organisation update(Long id, long seenVersion, OrganisationDetails details) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> Refusal.notFound(NOT_FOUND, id).exception());
        EditConflicts.requireSeen(organisation.getVersion(), seenVersion, Organisation.class, id);
        OrganisationDetails before = described(organisation);
        organisation.update(details);
        // Members are found by their organisation's name, which their own record does not hold.
        searchIndex.reindex(Person.class, persons.idsInOrganisation(id));
        audit.record(AuditAction.UPDATED, "organisation:" + id, AuditDetail.of("audit.detail.organisation.updated", organisation.getName())
                .changed("audit.field.organisation.name", before.name(), organisation.getName())
                .changed("audit.field.organisation.shortName", before.shortName(), organisation.getShortName())
                .changed("audit.field.organisation.kind", kind(before.kind()), kind(organisation.getKind()))
                .changed("audit.field.organisation.website", before.website(), organisation.getWebsite())
                .changed("audit.field.organisation.siren", before.siren(), organisation.getSiren())
                .changed("audit.field.organisation.siret", before.siret(), organisation.getSiret())
                .changed("audit.field.organisation.address", before.address(), organisation.getAddress()));
        return organisation;
    }

    private static String kind(OrganisationKind kind) {
        return kind == null ? null : AuditDetail.label("organisation.kind." + kind.name());
    }

    /** The organisation as its form describes it, for the values before an edit. */
    private static OrganisationDetails described(Organisation organisation) {
        return new OrganisationDetails(organisation.getName(), organisation.getShortName(), organisation.getKind(), organisation.getWebsite(),
                organisation.getSiren(), organisation.getSiret(), organisation.getAddress());
    }

    @Transactional
    public void recordExport(String format, int count) {
        audit.record(AuditAction.EXPORTED, "organisations", AuditDetail.of("audit.detail.organisations.exported", count, format.toUpperCase(java.util.Locale.ROOT)));
    }

    private static Specification<Organisation> matching(DirectorySearch search) {
        return (organisation, query, cb) -> {
            var predicates = new ArrayList<jakarta.persistence.criteria.Predicate>();
            if (!search.q().isEmpty()) {
                predicates.add(cb.or(
                        cb.like(cb.lower(organisation.get("name")), search.pattern(), SearchPattern.ESCAPE),
                        cb.like(cb.lower(cb.coalesce(organisation.get("shortName"), "")), search.pattern(), SearchPattern.ESCAPE)));
            }
            if (search.kind() != null) {
                predicates.add(cb.equal(organisation.get("kind"), search.kind()));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
