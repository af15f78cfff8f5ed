package fr.cohorte.publication;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.cohorte.account.Accounts;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.directory.DirectorySearch;
import fr.cohorte.directory.Organisation;
import fr.cohorte.directory.Organisations;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;

import fr.cohorte.publication.internal.PublicationRepository;
import fr.cohorte.web.Paging;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Describing a publication: its title, identifiers and licence, as staff and its coordinators set them. */
@Service
public class Cataloguing {

    private final PublicationRepository publications;
    private final Organisations organisations;
    private final Persons persons;
    private final Accounts accounts;
    private final Clock clock;

    Cataloguing(PublicationRepository publications, Organisations organisations, Persons persons, Accounts accounts, Clock clock) {
        this.publications = publications;
        this.organisations = organisations;
        this.persons = persons;
        this.accounts = accounts;
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
        publication(id).addPublisher(organisation.getId(), clock.instant());
    }

    /** Moves a co-publisher one place up or down, or removes it: {@code action} is "up", "down" or "remove". */
    @Transactional
    public void changePublisher(long id, long organisationId, String action) {
        Publication publication = publication(id);
        switch (action) {
            case "up" -> publication.movePublisher(organisationId, -1, clock.instant());
            case "down" -> publication.movePublisher(organisationId, 1, clock.instant());
            case "remove" -> publication.removePublisher(organisationId, clock.instant());
            default -> throw new IllegalArgumentException("Unknown action " + action);
        }
    }

    /**
     * Credits a person as coordinator of the book and, when they have an account, gives it the
     * book's coordinator role (they may then edit its description and chapters). Answers whether
     * they have an account: without one, an administrator invites them with that role.
     */
    @Transactional
    public boolean addCoordinator(long id, long personId) {
        Person person = persons.byId(personId).orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        publication(id).addCoordinator(person.getId(), clock.instant());
        return accounts.grantToPerson(person.getId(), RoleGrant.scoped(Role.COORDINATOR, id));
    }

    /** Moves a coordinator one place up or down, or removes them: {@code action} is "up", "down" or "remove". */
    @Transactional
    public void changeCoordinator(long id, long personId, String action) {
        Publication publication = publication(id);
        switch (action) {
            case "up" -> publication.moveCoordinator(personId, -1, clock.instant());
            case "down" -> publication.moveCoordinator(personId, 1, clock.instant());
            case "remove" -> {
                publication.removeCoordinator(personId, clock.instant());
                accounts.revokeFromPerson(personId, RoleGrant.scoped(Role.COORDINATOR, id));
            }
            default -> throw new IllegalArgumentException("Unknown action " + action);
        }
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
        return publications.findById(id).orElseThrow(() -> new PublicationNotFoundException(id));
    }

    /** Saves the description made on the version the editor saw; harvesters will fetch the record again. */
    @Transactional
    public Description describe(long id, long seenVersion, PublicationMetadata metadata) {
        Publication publication = publication(id);
        if (publication.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Publication.class, id);
        }
        publication.describe(metadata, clock.instant());
        Publication saved = publications.saveAndFlush(publication);
        return new Description(id, saved.getVersion(), saved.metadata());
    }
}
