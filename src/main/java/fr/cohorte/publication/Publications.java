package fr.cohorte.publication;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.cohorte.directory.Organisation;
import fr.cohorte.directory.Organisations;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;
import fr.cohorte.publication.internal.PublicationCoverRepository;
import fr.cohorte.publication.internal.PublicationEpubRepository;
import fr.cohorte.publication.internal.ChapterVersionRepository;
import fr.cohorte.publication.internal.PublicationFileRepository;
import fr.cohorte.publication.internal.PublicationRepository;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.Paging;
import fr.cohorte.web.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publications as the catalogue, the book renderer and harvesters read them. An institute
 * publishes about one book a year, so the whole catalogue is read and filtered in memory.
 */
@Service
@Transactional(readOnly = true)
public class Publications {

    /** The refusal of a publication number that names no publication. */
    public static final String NOT_FOUND = "publication.refused.not-found";
    /** The refusal to print a book without any chapter: its title is the argument. */
    public static final String EMPTY_BOOK = "publication.refused.empty-book";
    /** The refusal to print a book whose chapter (first argument) shows a card (second) that the registry does not hold. */
    public static final String MISSING_CARD = "publication.refused.missing-card";
    /** The refusal of a chapter number (first argument) that the publication (second) does not have. */
    public static final String CHAPTER_NOT_FOUND = "publication.refused.chapter-not-found";

    private final PublicationRepository publications;
    private final PublicationFileRepository files;
    private final PublicationEpubRepository epubs;
    private final Persons persons;
    private final Organisations organisations;
    private final SessionCatalogue sessions;
    private final PublicationCoverRepository covers;
    private final BookCards cards;
    private final ChapterVersionRepository versions;

    Publications(PublicationRepository publications, PublicationFileRepository files, PublicationEpubRepository epubs, Persons persons,
                 Organisations organisations, SessionCatalogue sessions, PublicationCoverRepository covers, BookCards cards,
                 ChapterVersionRepository versions) {
        this.versions = versions;
        this.epubs = epubs;
        this.covers = covers;
        this.cards = cards;
        this.publications = publications;
        this.files = files;
        this.persons = persons;
        this.organisations = organisations;
        this.sessions = sessions;
    }

    public CatalogueEntry entry(long id) {
        return entry(publication(id));
    }

    /** Every publication, oldest record first (the order harvesters page through). */
    public List<CatalogueEntry> all() {
        return publications.findAllByOrderByIdAsc().stream().map(this::entry).toList();
    }

    /** The catalogue page asked for: newest books first. */
    public Page<CatalogueEntry> search(CatalogueSearch search, Paging paging) {
        return paging.of(newestFirst().stream().filter(search::matches).toList());
    }

    /** What the catalogue's filters offer: only values some publication has. */
    public CatalogueFacets facets() {
        List<CatalogueEntry> all = newestFirst();
        return new CatalogueFacets(
                all.stream().map(CatalogueEntry::year).filter(Objects::nonNull).distinct().sorted(Comparator.reverseOrder()).toList(),
                all.stream().map(CatalogueEntry::sessionNumber).filter(Objects::nonNull).distinct().sorted(Comparator.reverseOrder()).toList(),
                all.stream().flatMap(entry -> entry.publishers().stream()).distinct()
                        .sorted(Comparator.comparing(CatalogueEntry.Publisher::name)).toList());
    }

    /** The book as the renderer prints it. A chapter not written yet prints its summary, so a draft shows the plan. */
    public BookModel book(long id) {
        Publication publication = publication(id);
        CatalogueEntry entry = entry(publication);
        List<BookChapter> chapters = publication.getChapters().stream()
                .map(chapter -> {
                    String markdown = chapter.printedMarkdown();
                    List<BookCard> shown = cards.in(markdown, entry.language());
                    BookCard.Reference.in(markdown).stream()
                            .filter(reference -> shown.stream().noneMatch(card -> card.reference().equals(reference)))
                            .findFirst().ifPresent(missing -> {
                                throw Refusal.conflict(MISSING_CARD, chapter.getOrdinal(), missing.directive()).exception();
                            });
                    return new BookChapter(chapter.getOrdinal(), chapter.getTitle(),
                            names(chapter.getAuthorIds()).stream().map(PersonName::display).toList(), markdown, List.of(), shown);
                })
                .toList();
        if (chapters.isEmpty()) {
            throw Refusal.conflict(EMPTY_BOOK, publication.getTitle()).exception();
        }
        return new BookModel(entry.title(), entry.subtitle(), entry.series(),
                entry.coordinators().stream().map(PersonName::display).toList(),
                entry.publishers().stream().map(CatalogueEntry.Publisher::name).toList(),
                entry.year() == null ? java.time.Year.now().getValue() : entry.year(),
                entry.language(), entry.summary(), entry.keywords(), entry.licence(), entry.isbns(), entry.doi(),
                entry.legalDeposit(), covers.findByPublicationId(id).map(PublicationCover::forBook).orElse(null), chapters);
    }

    /**
     * A chapter of the web edition: the book it is part of, the chapter as the catalogue lists it, and
     * its text in Markdown as the book prints it.
     */
    public record WebChapter(CatalogueEntry book, CatalogueEntry.ChapterEntry chapter, String markdown) {

        public Optional<CatalogueEntry.ChapterEntry> previous() {
            return book.chapters().stream().filter(other -> other.number() < chapter.number())
                    .reduce((earlier, later) -> later);
        }

        public Optional<CatalogueEntry.ChapterEntry> next() {
            return book.chapters().stream().filter(other -> other.number() > chapter.number()).findFirst();
        }
    }

    /**
     * Chapter {@code number} of the publication, as its page in the web edition shows it: its text as the
     * book's file printed it, so that what authors and coordinators write afterwards stays theirs until
     * the book is rendered or uploaded again. Before the book has a file, the page shows the chapter's
     * summary, as the book's page does.
     */
    public WebChapter chapter(long id, int number) {
        Publication publication = publication(id);
        Chapter chapter = publication.getChapters().stream().filter(candidate -> candidate.getOrdinal() == number).findFirst()
                .orElseThrow(() -> Refusal.notFound(CHAPTER_NOT_FOUND, number, id).exception());
        CatalogueEntry entry = entry(publication);
        return new WebChapter(entry, entry.chapter(number).orElseThrow(), published(chapter, files.findById(id)));
    }

    /** The chapter's text when the book's file was stored: the last version saved by then, or the text kept before versions were. */
    private String published(Chapter chapter, Optional<PublicationFile> file) {
        String summary = chapter.getSummary() == null ? "" : chapter.getSummary();
        if (file.isEmpty()) {
            return summary;
        }
        List<ChapterVersion> history = versions.findByChapterIdOrderByNumberDesc(chapter.getId());
        if (history.isEmpty()) {
            return chapter.printedMarkdown();
        }
        String body = history.stream().filter(version -> !version.getSavedAt().isAfter(file.get().getStoredAt())).findFirst()
                .orElse(history.getLast()).getBody();
        return body == null || body.isBlank() ? summary : body;
    }

    private List<CatalogueEntry> newestFirst() {
        return all().stream()
                .sorted(Comparator.comparing((CatalogueEntry entry) -> entry.year() == null ? 0 : entry.year())
                        .thenComparing(CatalogueEntry::id).reversed())
                .toList();
    }

    private Publication publication(long id) {
        return publications.findById(id).orElseThrow(() -> Refusal.notFound(Publications.NOT_FOUND, id).exception());
    }

    private CatalogueEntry entry(Publication publication) {
        List<PersonName> coordinators = contributors(publication, ContributorRole.COORDINATOR);
        List<PersonName> authors = contributors(publication, ContributorRole.AUTHOR);
        List<CatalogueEntry.Publisher> publishers = publication.getPublisherIds().stream()
                .map(organisations::byId).flatMap(java.util.Optional::stream)
                .map(organisation -> new CatalogueEntry.Publisher(organisation.getId(), displayName(organisation)))
                .toList();
        List<CatalogueEntry.ChapterEntry> chapters = publication.getChapters().stream()
                .map(chapter -> new CatalogueEntry.ChapterEntry(chapter.getId(), chapter.getOrdinal(), chapter.getTitle(), chapter.getSummary(),
                        names(chapter.getAuthorIds()), chapter.getDoi()))
                .toList();
        Integer sessionNumber = publication.getSessionId() == null ? null
                : sessions.byId(publication.getSessionId()).map(Session::getNumber).orElse(null);
        return new CatalogueEntry(publication.getId(), publication.getTitle(), publication.getSubtitle(), publication.getSeries(),
                publication.getYear(), publication.getLocale(), publication.getSummary(), publication.getKeywords(),
                publication.getLicence(), publication.getIsbns(), publication.getDoi(), publication.getLegalDeposit(),
                publication.getModifiedAt(), sessionNumber, coordinators, authors, publishers, chapters,
                files.findById(publication.getId()).orElse(null),
                epubs.findById(publication.getId()).orElse(null),
                covers.findSummaryByPublicationId(publication.getId())
                        .map(cover -> new CatalogueEntry.CoverImage(cover.getId(), cover.getAlternativeText())).orElse(null));
    }

    private List<PersonName> contributors(Publication publication, ContributorRole role) {
        return names(publication.getContributors().stream()
                .filter(contributor -> contributor.role() == role).map(Contributor::personId).toList());
    }

    private List<PersonName> names(List<Long> personIds) {
        return personIds.stream().map(persons::byId).flatMap(java.util.Optional::stream)
                .map(Publications::name).toList();
    }

    private static PersonName name(Person person) {
        return new PersonName(person.getGivenName(), person.getFamilyName());
    }

    private static String displayName(Organisation organisation) {
        return organisation.getDisplayName();
    }
}
