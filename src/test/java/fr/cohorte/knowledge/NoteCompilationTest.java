package fr.cohorte.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.cohorte.CohorteTest;
import fr.cohorte.search.SearchReader;

/**
 * "Compile the notes": what goes into a coordinator's starting draft, and in what order. Each test
 * writes notes with titles of its own and reads the draft for them, whatever else the session holds.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class NoteCompilationTest {

    @Autowired Contributions contributions;
    @Autowired NoteCompilation compilation;
    @Autowired Practices practices;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void forgetTheNotes() {
        jdbc.update("delete from practice where title like 'Compilation %'");
        jdbc.update("delete from contribution where title like 'Compilation %'");
        jdbc.update("update activity set chatham_house = false where title like 'Cogestion%'");
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyNotesSharedWithTheCohortOrApprovedForThePublicGoIntoTheDraft() {
        SearchReader author = participant(1);
        long visit = activity("Visite de la SCOP Exemple%");
        note(author, visit, "Compilation partagée", "Partagée avec la promotion.", ContributionVisibility.COHORT);
        note(author, visit, "Compilation privée", "Rien que nous.", ContributionVisibility.ONLY_US);
        note(author, visit, "Compilation réservée", "Équipe et coordinateurs.", ContributionVisibility.STAFF_AND_COORDINATORS);
        note(author, visit, "Compilation en attente", "Publique, pas encore approuvée.", ContributionVisibility.PUBLIC);
        long approved = note(author, visit, "Compilation approuvée", "Publique et approuvée.", ContributionVisibility.PUBLIC);
        contributions.approve(approved, coordinator());

        String draft = compilation.compile(34, 3, Locale.FRENCH).markdown();

        assertThat(draft).contains("#### Compilation partagée", "Partagée avec la promotion.", "#### Compilation approuvée");
        assertThat(draft).doesNotContain("Compilation privée", "Rien que nous", "Compilation réservée", "Compilation en attente");
    }

    @Test
    void theDraftFollowsTheProgrammesOrderWithEachNotesAuthorsAndALinkBack() {
        SearchReader author = participant(2);
        long later = note(author, activity("Le Groupement d'employeurs Modèle%"), "Compilation du groupement",
                "## Ce que nous retenons\n\nUn emploi à l'année.", ContributionVisibility.COHORT);
        long earlier = note(author, activity("Visite de la SCOP Exemple%"), "Compilation de la SCOP", "Un associé, une voix.",
                ContributionVisibility.COHORT);

        String draft = compilation.compile(34, 3, Locale.FRENCH).markdown();

        assertThat(draft.indexOf("### Visite de la SCOP Exemple")).isNotNegative()
                .isLessThan(draft.indexOf("### Le Groupement d'employeurs Modèle"));
        assertThat(draft).contains("*Note de " + name(author) + "* — [lire la note](", "/knowledge/contributions/" + earlier + ")",
                "/knowledge/contributions/" + later + ")");
        assertThat(draft).as("a note's own headings go below its title").contains("##### Ce que nous retenons")
                .doesNotContain("\n## Ce que nous retenons");
    }

    @Test
    void aWholeSessionDraftHasASectionPerSeminarAndASeminarDraftOnlyItsOwnNotes() {
        SearchReader author = participant(3);
        note(author, activity("Visite de la SCOP Exemple%"), "Compilation à Nantes", "À Nantes.", ContributionVisibility.COHORT);
        note(author, activity("Visite d'Example Labs%"), "Compilation à Palo Alto", "À Palo Alto.", ContributionVisibility.COHORT);

        String whole = compilation.compile(34, null, Locale.FRENCH).markdown();
        String nantes = compilation.compile(34, 3, Locale.FRENCH).markdown();

        assertThat(whole).contains("## Rencontre 3 : ", "## Rencontre 4 : ", "Compilation à Nantes", "Compilation à Palo Alto");
        assertThat(nantes).contains("Compilation à Nantes").doesNotContain("Compilation à Palo Alto", "## Rencontre");
        // The demo's five seminars, in order (other tests of this context may add one after them).
        assertThat(compilation.seminars(34)).extracting(NoteCompilation.SeminarNotes::ordinal).startsWith(1, 2, 3, 4, 5).isSorted();
    }

    @Test
    void aHearingUnderTheChathamHouseRuleIsNamedToTheCoordinator() {
        long hearing = activity("Cogestion%");
        jdbc.update("update activity set chatham_house = true where id = ?", hearing);
        note(participant(4), hearing, "Compilation de la cogestion", "Ce qui a été dit, sans dire qui.", ContributionVisibility.COHORT);

        NoteCompilation.Draft draft = compilation.compile(34, 2, Locale.FRENCH);

        assertThat(draft.chathamHouseActivities()).containsExactly(
                jdbc.queryForObject("select title from activity where id = ?", String.class, hearing));
        assertThat(compilation.compile(34, 3, Locale.FRENCH).chathamHouseActivities()).isEmpty();
    }

    @Test
    void theValidatedPracticesDrawnFromTheNotesFollowAsCards() {
        long note = note(participant(5), activity("Le Groupement d'employeurs Modèle%"), "Compilation avec pratique",
                "Les exploitations et les stations partagent des salariés à l'année.", ContributionVisibility.COHORT);
        asStaff();
        long draftPractice = practices.draftFromPassage(34, note, "partagent des salariés", "Les exploitations et les stations ",
                " à l'année.", "Compilation : un brouillon de pratique", null);
        long validated = practices.draftFromPassage(34, note, "partagent des salariés", "Les exploitations et les stations ",
                " à l'année.", "Compilation : une pratique validée", null);
        practices.changeStatus(validated, PracticeStatus.VALIDATED);

        NoteCompilation.Draft draft = compilation.compile(34, 3, Locale.FRENCH);

        assertThat(draft.markdown()).contains("### Pratiques tirées de ces notes", "::practice[" + validated + "]")
                .doesNotContain("::practice[" + draftPractice + "]");
        assertThat(draft.practices()).isPositive();
    }

    @Test
    void theDraftSpeaksTheBooksLanguage() {
        note(participant(6), activity("Visite de la SCOP Exemple%"), "Compilation en anglais", "Text.", ContributionVisibility.COHORT);

        String draft = compilation.compile(34, null, Locale.ENGLISH).markdown();

        assertThat(draft).contains("## Seminar 3: ", "[read the note](");
    }

    private long note(SearchReader author, long activity, String title, String body, ContributionVisibility visibility) {
        Contribution created = contributions.create(34,
                new Contributions.Subject(ContributionKind.NOTE, title, activity, null, null, null), author);
        contributions.save(created.getId(), created.getRevision(), title, body, author);
        if (visibility != ContributionVisibility.ONLY_US) {
            contributions.showTo(created.getId(), visibility, author);
        }
        return created.getId();
    }

    /** The n-th participant of session 34. */
    private SearchReader participant(int n) {
        Long person = jdbc.queryForObject("""
                select p.person_id from participant p join session s on s.id = p.session_id
                where s.number = 34 order by p.person_id offset ? limit 1""", Long.class, n - 1);
        return new SearchReader(person, Set.of("ROLE_PARTICIPANT", "PARTICIPANT:34"));
    }

    private String name(SearchReader reader) {
        return jdbc.queryForObject("select given_name || ' ' || family_name from person where id = ?", String.class, reader.personId());
    }

    private SearchReader coordinator() {
        Long book = jdbc.queryForObject("select p.id from publication p join session s on s.id = p.session_id where s.number = 34",
                Long.class);
        Long person = jdbc.queryForObject("select id from person where family_name = 'Rosenfeld'", Long.class);
        return new SearchReader(person, Set.of("ROLE_COORDINATOR", "COORDINATOR:" + book));
    }

    private long activity(String titleLike) {
        return jdbc.queryForObject("""
                select a.id from activity a join seminar m on m.id = a.seminar_id join session s on s.id = m.session_id
                where s.number = 34 and a.title like ? order by a.id limit 1""", Long.class, titleLike);
    }

    private void asStaff() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("staff@example.org", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_STAFF")));
    }
}
