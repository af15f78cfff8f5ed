package fr.cohorte.knowledge;

import java.util.Set;

import fr.cohorte.CohorteTest;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.PersonErasure;
import fr.cohorte.search.SearchReader;
import fr.cohorte.session.Activity;
import fr.cohorte.session.Seminar;
import fr.cohorte.web.RefusedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static fr.cohorte.knowledge.ContributionFixtures.coordinator;
import static fr.cohorte.knowledge.ContributionFixtures.personOf;
import static fr.cohorte.knowledge.ContributionFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who reads a contribution, rule by rule, and who may change it. */
@CohorteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContributionVisibilityTest {

    /** This session and the next (its neighbour) belong to this class alone: the database is shared by every test of the context. */
    static final int SESSION = 9151;

    @Autowired ContributionFixtures fixtures;
    @Autowired Contributions contributions;
    @Autowired PersonErasure erasure;
    @Autowired fr.cohorte.directory.PersonMerge merge;
    @Autowired JdbcTemplate jdbc;

    Activity hearing;
    Person author;
    Person coAuthor;
    Person classmate;
    Person otherSessionParticipant;
    SearchReader coordinatorOfTheSession;
    SearchReader coordinatorOfAnotherSession;

    @BeforeAll
    void aSessionWithItsCohortAndItsBook() {
        Seminar seminar = fixtures.seminar(SESSION);
        hearing = fixtures.hearing(seminar, "Audition d’un groupement d’employeurs", Set.of());
        author = fixtures.participant(SESSION, "Alice", "Auteur");
        coAuthor = fixtures.participant(SESSION, "Bruno", "Coauteur");
        classmate = fixtures.participant(SESSION, "Chloé", "Camarade");
        fixtures.seminar(SESSION + 1);
        otherSessionParticipant = fixtures.participant(SESSION + 1, "Denis", "Ailleurs");
        coordinatorOfTheSession = coordinator(fixtures.person("Eve", "Coordinatrice"), fixtures.book(SESSION));
        coordinatorOfAnotherSession = coordinator(fixtures.person("Fanny", "Voisine"), fixtures.book(SESSION + 1));
    }

    Contribution note(String title) {
        Contribution note = contributions.create(SESSION, new Contributions.Subject(ContributionKind.NOTE, title, hearing.getId(),
                null, null, null), personOf(author));
        contributions.save(note.getId(), 0, title, "Ce que j’ai retenu.", personOf(author));
        return note;
    }

    boolean reads(Contribution note, SearchReader reader) {
        return contributions.visibleIn(SESSION, null, reader).stream().anyMatch(c -> c.getId().equals(note.getId()))
                && contributions.mayRead(contributions.get(note.getId(), personOf(author)), reader);
    }

    @Test
    void onlyUsIsTheDefaultAndIsReadByItsAuthorsAlone() {
        Contribution note = note("Mes notes privées");
        assertThat(note.getVisibility()).isEqualTo(ContributionVisibility.ONLY_US);
        contributions.addCoAuthor(note.getId(), coAuthor.getId(), personOf(author));

        assertThat(reads(note, personOf(author))).isTrue();
        assertThat(reads(note, personOf(coAuthor))).isTrue();
        assertThat(reads(note, personOf(classmate))).isFalse();
        assertThat(reads(note, staff())).isFalse();
        assertThat(reads(note, coordinatorOfTheSession)).isFalse();
        assertThat(reads(note, SearchReader.anonymous())).isFalse();
        assertThatThrownBy(() -> contributions.get(note.getId(), personOf(classmate))).hasFieldOrPropertyWithValue("refusal.code", Contributions.NOT_FOUND);
    }

    @Test
    void theCohortIsReadByTheSessionsParticipantsStaffAndCoordinators() {
        Contribution note = note("Pour la promotion");
        contributions.showTo(note.getId(), ContributionVisibility.COHORT, personOf(author));

        assertThat(reads(note, personOf(classmate))).isTrue();
        assertThat(reads(note, new SearchReader(null, Set.of("ROLE_PARTICIPANT", "PARTICIPANT:" + SESSION)))).isTrue();
        assertThat(reads(note, staff())).isTrue();
        assertThat(reads(note, coordinatorOfTheSession)).isTrue();
        assertThat(reads(note, personOf(otherSessionParticipant))).isFalse();
        assertThat(reads(note, coordinatorOfAnotherSession)).isFalse();
        assertThat(reads(note, SearchReader.anonymous())).isFalse();
    }

    @Test
    void staffAndCoordinatorsIsReadByThemAndTheAuthorsButNotTheCohort() {
        Contribution note = note("Pour l’équipe");
        contributions.showTo(note.getId(), ContributionVisibility.STAFF_AND_COORDINATORS, personOf(author));

        assertThat(reads(note, personOf(author))).isTrue();
        assertThat(reads(note, staff())).isTrue();
        assertThat(reads(note, coordinatorOfTheSession)).isTrue();
        assertThat(reads(note, personOf(classmate))).isFalse();
        assertThat(reads(note, coordinatorOfAnotherSession)).isFalse();
        assertThat(reads(note, SearchReader.anonymous())).isFalse();
    }

    @Test
    void aPublicNoteStaysHiddenUntilACoordinatorApprovesIt() {
        Contribution note = note("Pour tout le monde");
        contributions.showTo(note.getId(), ContributionVisibility.PUBLIC, personOf(author));

        assertThat(reads(note, SearchReader.anonymous())).isFalse();
        assertThat(reads(note, personOf(classmate))).as("waiting, it is read as staff and coordinators' only").isFalse();
        assertThat(reads(note, staff())).isTrue();
        assertThat(reads(note, coordinatorOfTheSession)).isTrue();
        assertThat(contributions.approvals(SESSION, coordinatorOfTheSession)).extracting(Contribution::getId).contains(note.getId());

        Contribution approved = contributions.approve(note.getId(), coordinatorOfTheSession);
        assertThat(approved.getApprovedByPersonId()).isEqualTo(coordinatorOfTheSession.personId());
        assertThat(approved.getApprovedAt()).isNotNull();
        assertThat(reads(note, SearchReader.anonymous())).isTrue();
        assertThat(reads(note, personOf(otherSessionParticipant))).isTrue();
    }

    @Test
    void onlyACoordinatorOfTheSessionApprovesAPublicNote() {
        Contribution note = note("À approuver");
        contributions.showTo(note.getId(), ContributionVisibility.PUBLIC, personOf(author));

        assertThatThrownBy(() -> contributions.approve(note.getId(), coordinatorOfAnotherSession)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> contributions.approve(note.getId(), personOf(author))).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> contributions.approve(note.getId(), staff())).isInstanceOf(RefusedException.class);
        assertThat(reads(note, SearchReader.anonymous())).isFalse();
    }

    @Test
    void withdrawingApprovalHidesItAgain() {
        Contribution note = note("Approuvée puis retirée");
        contributions.showTo(note.getId(), ContributionVisibility.PUBLIC, personOf(author));
        contributions.approve(note.getId(), coordinatorOfTheSession);
        assertThat(reads(note, SearchReader.anonymous())).isTrue();

        contributions.withdrawApproval(note.getId(), coordinatorOfTheSession);
        assertThat(reads(note, SearchReader.anonymous())).isFalse();
        assertThat(reads(note, coordinatorOfTheSession)).isTrue();
    }

    @Test
    void changingAnApprovedTextAsksForApprovalAgain() {
        Contribution note = note("Approuvée puis modifiée");
        contributions.showTo(note.getId(), ContributionVisibility.PUBLIC, personOf(author));
        contributions.approve(note.getId(), coordinatorOfTheSession);

        Contributions.Saved saved = contributions.save(note.getId(), 1, "Approuvée puis modifiée", "Un autre texte, avec un nom.", personOf(author));
        assertThat(saved.approvalWithdrawn()).isTrue();
        assertThat(reads(note, SearchReader.anonymous())).isFalse();
    }

    @Test
    void goingBackFromPublicToOnlyUsForgetsTheApproval() {
        Contribution note = note("Publique puis privée");
        contributions.showTo(note.getId(), ContributionVisibility.PUBLIC, personOf(author));
        contributions.approve(note.getId(), coordinatorOfTheSession);
        contributions.showTo(note.getId(), ContributionVisibility.ONLY_US, personOf(author));
        contributions.showTo(note.getId(), ContributionVisibility.PUBLIC, personOf(author));
        assertThat(reads(note, SearchReader.anonymous())).isFalse();
    }

    @Test
    void onlyAuthorsEditAndChooseTheVisibility() {
        Contribution note = note("Seuls les auteurs modifient");
        contributions.showTo(note.getId(), ContributionVisibility.COHORT, personOf(author));

        assertThatThrownBy(() -> contributions.save(note.getId(), 1, "Changé", "Par un camarade", personOf(classmate)))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> contributions.showTo(note.getId(), ContributionVisibility.PUBLIC, staff()))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> contributions.save(note.getId(), 1, "Changé", "Par quelqu’un d’ailleurs", personOf(otherSessionParticipant)))
                .hasFieldOrPropertyWithValue("refusal.code", Contributions.NOT_FOUND);
        assertThat(contributions.get(note.getId(), personOf(author)).getBody()).isEqualTo("Ce que j’ai retenu.");
    }

    @Test
    void coAuthorsAreParticipantsOfTheSessionAndEditToo() {
        Contribution note = note("À quatre mains");
        assertThatThrownBy(() -> contributions.addCoAuthor(note.getId(), otherSessionParticipant.getId(), personOf(author)))
                .isInstanceOf(RefusedException.class);
        contributions.addCoAuthor(note.getId(), coAuthor.getId(), personOf(author));
        contributions.save(note.getId(), 1, "À quatre mains", "Complété par Bruno.", personOf(coAuthor));
        assertThat(contributions.get(note.getId(), personOf(author)).getBody()).isEqualTo("Complété par Bruno.");

        contributions.removeCoAuthor(note.getId(), coAuthor.getId(), personOf(author));
        assertThat(reads(note, personOf(coAuthor))).isFalse();
        assertThatThrownBy(() -> contributions.removeCoAuthor(note.getId(), author.getId(), personOf(author)))
                .as("a contribution keeps an author").isInstanceOf(RefusedException.class);
    }

    @Test
    void onlyParticipantsOfTheSessionWriteInIt() {
        assertThatThrownBy(() -> contributions.create(SESSION, new Contributions.Subject(ContributionKind.NOTE, "Intrus",
                hearing.getId(), null, null, null), personOf(otherSessionParticipant))).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> contributions.create(SESSION, new Contributions.Subject(ContributionKind.NOTE, "Équipe",
                hearing.getId(), null, null, null), staff())).isInstanceOf(RefusedException.class);
    }

    @Test
    void erasingAPersonTakesThemOffTheAuthorsAndDeletesWhatTheyWroteAlone() {
        Person leaving = fixtures.participant(SESSION, "Gaston", "Partant");
        Contribution alone = contributions.create(SESSION, new Contributions.Subject(ContributionKind.TESTIMONY, "Seul",
                hearing.getId(), null, null, null), personOf(leaving));
        contributions.save(alone.getId(), 0, "Seul", "Mon témoignage.", personOf(leaving));
        Contribution shared = contributions.create(SESSION, new Contributions.Subject(ContributionKind.NOTE, "Partagée",
                hearing.getId(), null, null, null), personOf(leaving));
        contributions.addCoAuthor(shared.getId(), author.getId(), personOf(leaving));

        erasure.erase(leaving.getId());

        assertThat(jdbc.queryForObject("select count(*) from contribution where id = ?", Integer.class, alone.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from contribution_version where contribution_id = ?", Integer.class, alone.getId())).isZero();
        assertThat(contributions.get(shared.getId(), personOf(author)).getAuthorIds()).containsExactly(author.getId());
    }

    @Test
    void mergingTwoRecordsOfAPersonMakesTheKeptOneTheAuthor() {
        Person kept = fixtures.participant(SESSION, "Hélène", "Gardée");
        Person duplicate = fixtures.person("Hélène", "Doublon");
        SearchReader duplicateReader = new SearchReader(duplicate.getId(), Set.of("ROLE_PARTICIPANT", "PARTICIPANT:" + SESSION));
        Contribution note = contributions.create(SESSION, new Contributions.Subject(ContributionKind.NOTE, "Écrite en double",
                hearing.getId(), null, null, null), duplicateReader);
        contributions.save(note.getId(), 0, "Écrite en double", "Texte.", duplicateReader);

        merge.merge(kept.getId(), duplicate.getId(), Set.of());

        Contribution merged = contributions.get(note.getId(), personOf(kept));
        assertThat(merged.getAuthorIds()).containsExactly(kept.getId());
        assertThat(contributions.versions(note.getId(), personOf(kept))).extracting(ContributionVersion::getSavedByPersonId)
                .containsOnly(kept.getId());
    }
}
