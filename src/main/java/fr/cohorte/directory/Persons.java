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
import fr.cohorte.directory.internal.BackgroundRepository;
import fr.cohorte.directory.internal.OrganisationRepository;
import fr.cohorte.directory.internal.PersonRepository;
import fr.cohorte.web.Refusal;
import jakarta.persistence.criteria.JoinType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's persons: finding, creating and editing them, and catching duplicates. */
@Service
@Transactional(readOnly = true)
public class Persons {

    /** The refusal of a record number that names no person. */
    public static final String NOT_FOUND = "directory.refused.person-not-found";
    /** The refusal of a person the directory may already hold: {@link #possibleDuplicates} names them. */
    public static final String DUPLICATE = "directory.refused.duplicate-person";
    /** The refusal to edit a person whose data was erased. */
    public static final String ERASED = "directory.refused.erased";

    private static final Map<String, Sort> ORDERS = Map.of(
            "name", Sort.by("familyName", "givenName"),
            "organisation", Sort.by("organisation.name", "familyName"),
            "email", Sort.by("email"));

    private final PersonRepository persons;
    private final OrganisationRepository organisations;
    private final BackgroundRepository backgrounds;
    private final AuditTrail audit;
    private final PersonPhotos photos;

    Persons(PersonRepository persons, OrganisationRepository organisations, BackgroundRepository backgrounds, AuditTrail audit,
            PersonPhotos photos) {
        this.photos = photos;
        this.persons = persons;
        this.organisations = organisations;
        this.backgrounds = backgrounds;
        this.audit = audit;
    }

    public Optional<Person> byId(Long id) {
        return persons.findWithDetailsById(id);
    }

    /** The full name of each of these persons, by id; an erased person reads as anonymised, an unknown id is left out. */
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        persons.findAllById(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(person -> names.put(person.getId(), person.getFullName()));
        return names;
    }

    public Optional<Person> byEmail(String email) {
        return persons.findByEmail(email.trim());
    }

    public Page<Person> search(DirectorySearch search, Paging paging) {
        return paging.fetch(paging.order(ORDERS, "name"), page -> persons.findAll(matching(search), page));
    }

    /** Every person matching the search, by name, for an export. */
    public List<Person> all(DirectorySearch search) {
        return persons.findAll(matching(search), ORDERS.get("name"));
    }

    /** The person with this e-mail, created with these names when the directory does not know them. */
    @Transactional
    public Person findOrCreate(String email, String givenName, String familyName) {
        return byEmail(email).orElseGet(() -> persons.save(new Person(givenName.trim(), familyName.trim(), email.trim())));
    }

    /** Persons this one might repeat: same e-mail, or same name in the same organisation. */
    public List<Person> possibleDuplicates(PersonDetails details, Long organisationId, Long exceptId) {
        List<Person> found = new ArrayList<>();
        if (details.email() != null && !details.email().isBlank()) {
            persons.findByEmail(details.email()).ifPresent(found::add);
        }
        if (organisationId != null) {
            persons.findSameNameInOrganisation(details.givenName(), details.familyName(), organisationId).stream()
                    .filter(p -> !found.contains(p)).forEach(found::add);
        }
        found.removeIf(p -> p.getId().equals(exceptId));
        return found;
    }

    /** Persons with the same names as this one, in any organisation: the first place to look for a duplicate. */
    public List<Person> sameName(Person person) {
        return persons.findSameName(person.getGivenName(), person.getFamilyName(), person.getId());
    }

    /** Creates a person; refuses a likely duplicate unless the staff member confirmed it is someone else. */
    @Transactional
    public Person create(PersonDetails details, Long organisationId, Long backgroundId, boolean duplicateConfirmed) {
        return create(details, organisationId, backgroundId, duplicateConfirmed, Optional.empty());
    }

    /** Creates a person with their photo, both or neither. */
    @Transactional
    public Person create(PersonDetails details, Long organisationId, Long backgroundId, boolean duplicateConfirmed,
                         Optional<Photo> photo) {
        List<Person> duplicates = possibleDuplicates(details, organisationId, null);
        boolean sameEmail = duplicates.stream().anyMatch(p -> p.getEmail() != null && p.getEmail().equalsIgnoreCase(details.email()));
        if (sameEmail || (!duplicates.isEmpty() && !duplicateConfirmed)) {
            throw Refusal.conflict(DUPLICATE).exception();
        }
        Person person = new Person(details.givenName(), details.familyName());
        person.update(details, organisation(organisationId), background(backgroundId));
        persons.save(person);
        audit.record(AuditAction.CREATED, "person:" + person.getId(), AuditDetail.of("audit.detail.person.created", person.getFullName()));
        photos.apply(person.getId(), photo, false);
        return person;
    }

    /** Saves an edit made on the version the staff member saw; a newer version in between is a conflict. */
    @Transactional
    public Person update(Long id, long seenVersion, PersonDetails details, Long organisationId, Long backgroundId) {
        return update(id, seenVersion, details, organisationId, backgroundId, Optional.empty(), false);
    }

    /** Saves an edit and the photo that goes with it (a new one, or none any more), both or neither; an erased person is not edited. */
    @Transactional
    public Person update(Long id, long seenVersion, PersonDetails details, Long organisationId, Long backgroundId,
                         Optional<Photo> photo, boolean removePhoto) {
        Person person = persons.findById(id).orElseThrow(() -> Refusal.notFound(NOT_FOUND, id).exception());
        if (person.isAnonymised()) {
            throw Refusal.conflict(ERASED).exception();
        }
        EditConflicts.requireSeen(person.getVersion(), seenVersion, Person.class, id);
        List<Person> sameEmail = possibleDuplicates(details, null, id);
        if (!sameEmail.isEmpty()) {
            throw Refusal.conflict(DUPLICATE).exception();
        }
        Described before = Described.of(person);
        person.update(details, organisation(organisationId), background(backgroundId));
        audit.record(AuditAction.UPDATED, "person:" + id,
                before.changes(AuditDetail.of("audit.detail.person.updated", person.getFullName()), Described.of(person)));
        photos.apply(id, photo, removePhoto);
        return person;
    }

    /** The person corrects their own contact details and alumni choices (right to rectification). */
    @Transactional
    public Person rectify(Long id, String phone, String languages, String bio, boolean alumniOptIn, java.util.Set<AlumniField> alumniFields,
                          Optional<Photo> photo, boolean removePhoto) {
        Person person = persons.findById(id).orElseThrow(() -> Refusal.notFound(NOT_FOUND, id).exception());
        person.rectify(phone, languages, bio, alumniOptIn, alumniFields);
        audit.record(AuditAction.UPDATED, "person:" + id, AuditDetail.of("audit.detail.person.rectified", person.getFullName()));
        photos.apply(id, photo, removePhoto);
        return person;
    }

    /** Stores a whole checked import in one transaction: every row or none. */
    @Transactional
    public int importAll(List<PersonImportRow> rows) {
        for (PersonImportRow row : rows) {
            Long organisationId = row.organisationName() == null ? null : organisations.findByNameOrShortName(row.organisationName())
                    .stream().findFirst()
                    .orElseGet(() -> organisations.save(new Organisation(row.organisationName(), null, OrganisationKind.OTHER)))
                    .getId();
            Person person = new Person(row.details().givenName(), row.details().familyName());
            person.update(row.details(), organisation(organisationId), background(row.backgroundId()));
            persons.save(person);
        }
        audit.record(AuditAction.IMPORTED, "persons", AuditDetail.of("audit.detail.persons.imported", rows.size()));
        return rows.size();
    }

    @Transactional
    public void recordExport(String format, int count) {
        audit.record(AuditAction.EXPORTED, "persons", AuditDetail.of("audit.detail.persons.exported", count, format.toUpperCase(java.util.Locale.ROOT)));
    }

    private Organisation organisation(Long id) {
        return id == null ? null : organisations.findById(id).orElseThrow(() -> Refusal.notFound(Organisations.NOT_FOUND, id).exception());
    }

    private Background background(Long id) {
        return id == null ? null : backgrounds.findById(id).orElseThrow(() -> Refusal.notFound(Backgrounds.NOT_FOUND, id).exception());
    }

    private static Specification<Person> matching(DirectorySearch search) {
        return (person, query, cb) -> {
            var organisation = person.join("organisation", JoinType.LEFT);
            var predicates = new ArrayList<jakarta.persistence.criteria.Predicate>();
            if (!search.q().isEmpty()) {
                String pattern = search.pattern();
                predicates.add(cb.or(
                        cb.like(cb.lower(cb.concat(cb.concat(person.get("givenName"), " "), person.get("familyName"))), pattern, SearchPattern.ESCAPE),
                        cb.like(cb.lower(cb.concat(cb.concat(person.get("familyName"), " "), person.get("givenName"))), pattern, SearchPattern.ESCAPE),
                        cb.like(cb.lower(cb.coalesce(person.get("email"), "")), pattern, SearchPattern.ESCAPE),
                        cb.like(cb.lower(cb.coalesce(organisation.get("name"), "")), pattern, SearchPattern.ESCAPE)));
            }
            if (search.background() != null) {
                predicates.add(cb.equal(person.get("background").get("id"), search.background()));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    /** A person's record as the audit trail compares it: the civility read in each reader's language, organisation and horizon by name. */
    private record Described(String civility, String givenName, String familyName, String email, String phone, String organisation,
                             String positionTitle, String background, String languages, String bio) {

        static Described of(Person person) {
            return new Described(person.getCivility() == null ? null : AuditDetail.label("civility." + person.getCivility().name()),
                    person.getGivenName(), person.getFamilyName(), person.getEmail(), person.getPhone(),
                    person.getOrganisation() == null ? null : person.getOrganisation().getName(), person.getPositionTitle(),
                    person.getBackground() == null ? null : person.getBackground().getCode(), person.getLanguages(), person.getBio());
        }

        AuditDetail changes(AuditDetail detail, Described after) {
            return detail.changed("audit.field.person.civility", civility, after.civility)
                    .changed("audit.field.person.givenName", givenName, after.givenName)
                    .changed("audit.field.person.familyName", familyName, after.familyName)
                    .changed("audit.field.person.email", email, after.email)
                    .changed("audit.field.person.phone", phone, after.phone)
                    .changed("audit.field.person.organisation", organisation, after.organisation)
                    .changed("audit.field.person.positionTitle", positionTitle, after.positionTitle)
                    .changed("audit.field.person.background", background, after.background)
                    .changed("audit.field.person.languages", languages, after.languages)
                    .changed("audit.field.person.bio", bio, after.bio);
        }
    }
}
