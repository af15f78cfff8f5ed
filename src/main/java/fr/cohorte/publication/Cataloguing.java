package fr.cohorte.publication;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.cohorte.account.GrantRole;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.WithdrawRole;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.DirectorySearch;
import fr.cohorte.directory.Organisation;
import fr.cohorte.directory.Organisations;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;

import fr.cohorte.publication.internal.PublicationRepository;
import fr.cohorte.web.EditConflicts;
import fr.cohorte.web.Paging;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Describing a publication: its title, identifiers and licence, as staff and its coordinators set them. */
@Service
public class Cataloguing {

    private final PublicationRepository publications;
    private final Organisations organisations;
    private final Persons persons;
    private final GrantRole grantRole;
    private final WithdrawRole withdrawRole;
    private final AuditTrail audit;
    private final Clock clock;

    Cataloguing(PublicationRepository publications, Organisations organisations, Persons persons, GrantRole grantRole,
                WithdrawRole withdrawRole, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.publications = publications;
        this.organisations = organisations;
        this.persons = persons;
        this.grantRole = grantRole;
        this.withdrawRole = withdrawRole;
        this.clock = clock;
    }

    /** An organisation or a person credited on the book, by its directory id and the name pages show. */
    public record Credited(long id, String name) {
    }

    /** The co-publishers in the order the cover names them, and the coordinators in the order the title page lists them. */
    public record Credits(List<Credited> publishers, List<Credited> coordinators) {
    }

    @Transactional(readOnly = true)
    public Credits credits(long id) {
        Publication publication = publication(id);
        return new Credits(
                publication.getPublisherIds().stream().map(organisations::byId).flatMap(Optional::stream)
                        .map(organisation -> new Credited(organisation.getId(), organisation.getDisplayName())).toList(),
                publication.getCoordinatorIds().stream().map(persons::byId).flatMap(Optional::stream)
                        .map(Cataloguing::credited).toList());
    }

    /** Organisations of the directory that could become co-publishers: those not named yet, by name. */
    @Transactional(readOnly = true)
    public List<Credited> possiblePublishers(long id) {
        List<Long> named = publication(id).getPublisherIds();
        return organisations.all().stream().filter(organisation -> !named.contains(organisation.getId()))
                .map(organisation -> new Credited(organisation.getId(), organisation.getDisplayName()))
                .sorted(Comparator.comparing(Credited::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Persons of the directory matching what was typed (first page of results), not coordinating yet. */
    @Transactional(readOnly = true)
    public List<Credited> possibleCoordinators(long id, String typed) {
        List<Long> coordinating = publication(id).getCoordinatorIds();
        return persons.search(new DirectorySearch(typed, null, null), Paging.first(DirectorySearch.PAGE_SIZE)).getContent().stream()
                .filter(person -> !coordinating.contains(person.getId())).map(Cataloguing::credited).toList();
    }

    @Transactional
    public void addPublisher(long id, long organisationId) {
        Organisation organisation = organisations.byId(organisationId)
                .orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId));
        Publication publication = publication(id);
        if (!publication.getPublisherIds().contains(organisation.getId())) {
            publication.addPublisher(organisation.getId(), clock.instant());
            audit.record(AuditAction.UPDATED, "publication:" + id, AuditDetail.of("audit.detail.publication.publisher.added",
                    organisation.getDisplayName(), publication.getTitle()));
        }
    }

    /** Moves a co-publisher one place up or down, or removes it: {@code action} is "up", "down" or "remove". */
    @Transactional
    public void changePublisher(long id, long organisationId, String action) {
        Publication publication = publication(id);
        List<Long> before = publication.getPublisherIds();
        switch (action) {
            case "up" -> publication.movePublisher(organisationId, -1, clock.instant());
            case "down" -> publication.movePublisher(organisationId, 1, clock.instant());
            case "remove" -> publication.removePublisher(organisationId, clock.instant());
            default -> throw new IllegalArgumentException("Unknown action " + action);
        }
        if (!before.equals(publication.getPublisherIds())) {
            String name = organisations.byId(organisationId).map(Organisation::getDisplayName).orElse(String.valueOf(organisationId));
            audit.record(AuditAction.UPDATED, "publication:" + id, AuditDetail.of("audit.detail.publication.publisher." + action,
                    name, publication.getTitle()).changed("audit.field.publication.publishers", publisherNames(before),
                    publisherNames(publication.getPublisherIds())));
        }
    }

    private String publisherNames(List<Long> ids) {
        return String.join(", ", ids.stream().map(organisations::byId).flatMap(Optional::stream).map(Organisation::getDisplayName).toList());
    }

    /**
     * Credits a person as coordinator of the book and, when they have an account, gives it the
     * book's coordinator role (they may then edit its description and chapters). Answers whether
     * they have an account: without one, an administrator invites them with that role.
     */
    @Transactional
    public boolean addCoordinator(long id, long personId) {
        Person person = persons.byId(personId).orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        Publication publication = publication(id);
        if (!publication.getCoordinatorIds().contains(person.getId())) {
            publication.addCoordinator(person.getId(), clock.instant());
            coordinatorChanged("added", person.getId(), publication);
        }
        return grantRole.toPerson(person.getId(), RoleGrant.scoped(Role.COORDINATOR, id));
    }

    /** Moves a coordinator one place up or down, or removes them: {@code action} is "up", "down" or "remove". */
    @Transactional
    public void changeCoordinator(long id, long personId, String action) {
        Publication publication = publication(id);
        List<Long> before = publication.getCoordinatorIds();
        switch (action) {
            case "up" -> publication.moveCoordinator(personId, -1, clock.instant());
            case "down" -> publication.moveCoordinator(personId, 1, clock.instant());
            case "remove" -> {
                publication.removeCoordinator(personId, clock.instant());
                withdrawRole.fromPerson(personId, RoleGrant.scoped(Role.COORDINATOR, id));
            }
            default -> throw new IllegalArgumentException("Unknown action " + action);
        }
        if (!before.equals(publication.getCoordinatorIds())) {
            coordinatorChanged(action, personId, publication);
        }
    }

    /**
     * The entry names the coordinator, so it is about them: its target is the person, whose erasure
     * then clears the name from the trail.
     */
    private void coordinatorChanged(String change, long personId, Publication publication) {
        String name = persons.byId(personId).map(Cataloguing::credited).map(Credited::name).orElse("");
        audit.record(AuditAction.UPDATED, "person:" + personId, AuditDetail.of("audit.detail.publication.coordinator." + change,
                name, publication.getTitle()));
    }

    private static Credited credited(Person person) {
        return new Credited(person.getId(), new PersonName(person.getGivenName(), person.getFamilyName()).display());
    }

    /** A publication's description as last saved, and the version it was saved as. */
    public record Description(long publicationId, long version, PublicationMetadata metadata) {
    }

    @Transactional(readOnly = true)
    public Description description(long id) {
        Publication publication = publication(id);
        return new Description(id, publication.getVersion(), publication.metadata());
    }

    /** The title of another publication that already has this ISBN, for any of its editions. */
    @Transactional(readOnly = true)
    public Optional<String> otherPublicationWithIsbn(long id, String isbn) {
        return publications.findAll().stream()
                .filter(publication -> publication.getId() != id)
                .filter(publication -> publication.getIsbns().values().stream().anyMatch(known -> Isbn.same(known, isbn)))
                .map(Publication::getTitle).findFirst();
    }

    private Publication publication(long id) {
        return publications.findById(id).orElseThrow(() -> Refusal.notFound(Publications.NOT_FOUND, id).exception());
    }

    /** Saves the description made on the version the editor saw; harvesters will fetch the record again. */
    @Transactional
    public Description describe(long id, long seenVersion, PublicationMetadata metadata) {
        Publication publication = publication(id);
        EditConflicts.requireSeen(publication.getVersion(), seenVersion, Publication.class, id);
        PublicationMetadata before = publication.metadata();
        publication.describe(metadata, clock.instant());
        Publication saved = publications.saveAndFlush(publication);
        audit.record(AuditAction.UPDATED, "publication:" + id,
                changes(AuditDetail.of("audit.detail.publication.described", saved.getTitle()), before, saved.metadata()));
        return new Description(id, saved.getVersion(), saved.metadata());
    }

    /** Each field of the description that changed, the licence read in each reader's language. */
    private static AuditDetail changes(AuditDetail detail, PublicationMetadata before, PublicationMetadata after) {
        return detail.changed("audit.field.publication.title", before.title(), after.title())
                .changed("audit.field.publication.subtitle", before.subtitle(), after.subtitle())
                .changed("audit.field.publication.series", before.series(), after.series())
                .changed("audit.field.publication.year", before.year(), after.year())
                .changed("audit.field.publication.language", before.language(), after.language())
                .changed("audit.field.publication.summary", before.summary(), after.summary())
                .changed("audit.field.publication.keywords", keywords(before), keywords(after))
                .changed("audit.field.publication.licence", licence(before.licence()), licence(after.licence()))
                .changed("audit.field.publication.isbnPrint", before.isbns().get(BookFormat.PRINT), after.isbns().get(BookFormat.PRINT))
                .changed("audit.field.publication.isbnPdf", before.isbns().get(BookFormat.PDF), after.isbns().get(BookFormat.PDF))
                .changed("audit.field.publication.isbnEpub", before.isbns().get(BookFormat.EPUB), after.isbns().get(BookFormat.EPUB))
                .changed("audit.field.publication.doi", before.doi(), after.doi())
                .changed("audit.field.publication.legalDeposit", before.legalDeposit(), after.legalDeposit())
                .changed("audit.field.publication.chapterDois", chapterDois(before), chapterDois(after));
    }

    /** "1. 10.1234/a; 3. 10.1234/c": each chapter's DOI after its number. */
    private static String chapterDois(PublicationMetadata metadata) {
        return metadata.chapterDois().isEmpty() ? null : metadata.chapterDois().entrySet().stream()
                .map(doi -> doi.getKey() + ". " + doi.getValue()).collect(java.util.stream.Collectors.joining("; "));
    }

    private static String keywords(PublicationMetadata metadata) {
        return metadata.keywords() == null ? null : String.join(", ", metadata.keywords());
    }

    private static String licence(Licence licence) {
        return licence == null ? null : licence == Licence.ALL_RIGHTS_RESERVED
                ? AuditDetail.label("publication.licence.all-rights-reserved") : licence.label();
    }
}
