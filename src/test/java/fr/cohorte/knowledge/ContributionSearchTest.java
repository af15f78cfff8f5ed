package fr.cohorte.knowledge;

import java.util.List;
import java.util.Set;

import fr.cohorte.CohorteTest;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.PersonErasure;
import fr.cohorte.search.SearchQuery;
import fr.cohorte.search.SearchReader;
import fr.cohorte.search.SearchResults;
import fr.cohorte.search.SiteSearch;
import fr.cohorte.session.Activity;
import fr.cohorte.web.Paging;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.cohorte.knowledge.ContributionFixtures.coordinator;
import static fr.cohorte.knowledge.ContributionFixtures.personOf;
import static fr.cohorte.knowledge.ContributionFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search finds a contribution only for those who may read it: a private note is never a hit,
 * a count or a suggestion for anyone else; changes of visibility, approval, authors and erasure
 * follow at once.
 */
@CohorteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContributionSearchTest {

    static final int SESSION = 9144;

    @Autowired ContributionFixtures fixtures;
    @Autowired Contributions contributions;
    @Autowired SiteSearch search;
    @Autowired PersonErasure erasure;

    Activity hearing;
    Person author;
    Person classmate;
    SearchReader coordinatorOfTheSession;

    @BeforeAll
    void aSessionWithItsCohort() {
        hearing = fixtures.hearing(fixtures.seminar(SESSION), "Audition", Set.of());
        author = fixtures.participant(SESSION, "Alice", "Autrice");
        classmate = fixtures.participant(SESSION, "Chloé", "Camarade");
        coordinatorOfTheSession = coordinator(fixtures.person("Eve", "Coordinatrice"), fixtures.book(SESSION));
    }

    Contribution note(Person by, String title, String body) {
        Contribution note = contributions.create(SESSION, new Contributions.Subject(ContributionKind.NOTE, title, hearing.getId(),
                null, null, null), personOf(by));
        contributions.save(note.getId(), 0, title, body, personOf(by));
        return note;
    }

    SearchResults find(String q, SearchReader reader) {
        return search.find(SearchQuery.of(q), reader, Paging.first(10));
    }

    List<String> titles(String q, SearchReader reader) {
        return find(q, reader).hits().stream().map(hit -> hit.title().replaceAll("</?mark>", "")).toList();
    }

    long contributionsCounted(String q, SearchReader reader) {
        return find(q, reader).kinds().stream().filter(kind -> kind.value().equals("contribution"))
                .mapToLong(SearchResults.FacetCount::count).sum();
    }

    @Test
    void aPrivateNoteIsFoundByItsAuthorAloneAndNeverCounted() {
        note(author, "Carnet personnel", "Le mot zygomorphe n’apparaît que dans cette note privée.");

        assertThat(titles("zygomorphe", personOf(author))).containsExactly("Carnet personnel");
        for (SearchReader other : List.of(personOf(classmate), staff(), coordinatorOfTheSession, SearchReader.anonymous())) {
            assertThat(titles("zygomorphe", other)).isEmpty();
            assertThat(contributionsCounted("zygomorphe", other)).isZero();
            assertThat(find("zygomorphe", other).sessions()).isEmpty();
            assertThat(find("zygomorphes", other).suggestion()).isNull();
        }
    }

    @Test
    void aNoteSharedWithTheCohortIsFoundByItAndAPublicOneByEveryoneOnceApproved() {
        Contribution note = note(author, "Retour sur l’audition", "Le mot xylographie, partagé.");
        assertThat(titles("xylographie", personOf(classmate))).isEmpty();

        contributions.showTo(note.getId(), ContributionVisibility.COHORT, personOf(author));
        assertThat(titles("xylographie", personOf(classmate))).containsExactly("Retour sur l’audition");
        assertThat(titles("xylographie", SearchReader.anonymous())).isEmpty();

        contributions.showTo(note.getId(), ContributionVisibility.PUBLIC, personOf(author));
        assertThat(titles("xylographie", SearchReader.anonymous())).as("not before approval").isEmpty();
        assertThat(titles("xylographie", coordinatorOfTheSession)).hasSize(1);
        contributions.approve(note.getId(), coordinatorOfTheSession);
        assertThat(titles("xylographie", SearchReader.anonymous())).hasSize(1);
        assertThat(contributionsCounted("xylographie", SearchReader.anonymous())).isEqualTo(1);
        contributions.withdrawApproval(note.getId(), coordinatorOfTheSession);
        assertThat(titles("xylographie", SearchReader.anonymous())).isEmpty();
    }

    @Test
    void aCoAuthorFindsTheNoteUntilTakenOffAndAnErasedAuthorsNoteIsGone() {
        Contribution note = note(author, "À deux mains", "Le mot quinconce.");
        contributions.addCoAuthor(note.getId(), classmate.getId(), personOf(author));
        assertThat(titles("quinconce", personOf(classmate))).hasSize(1);
        contributions.removeCoAuthor(note.getId(), classmate.getId(), personOf(author));
        assertThat(titles("quinconce", personOf(classmate))).isEmpty();

        Person leaving = fixtures.participant(SESSION, "Gaston", "Partant");
        note(leaving, "Seul", "Le mot palimpseste.");
        assertThat(titles("palimpseste", personOf(leaving))).hasSize(1);
        erasure.erase(leaving.getId());
        assertThat(titles("palimpseste", personOf(leaving))).isEmpty();
        assertThat(titles("palimpseste", staff())).isEmpty();
    }
}
