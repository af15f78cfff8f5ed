package fr.cohorte.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.publication.Chapters;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.SessionDetails;
import fr.cohorte.session.SessionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person who applied, sat on the jury, wrote a chapter and commented on one, worked in a group,
 * wrote a note and received mail: the access request lists each of these, and after the erasure no
 * table holds their address or their name any more.
 */
@CohorteTest
class PersonalDataAcrossModulesTest {

    static final String PASSWORD = "Le mot de passe des données personnelles";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Chapters chapters;

    @Autowired
    PersonErasure erasure;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Backgrounds backgrounds;

    /** Everything one person left in every module, made the way each module records it. */
    record Footprint(int session, long person, String email, String familyName, long application, long reviewed, long round, long book,
                     long chapter) {
    }

    @Test
    void theExportListsWhatEveryModuleHoldsAndAfterErasureNoTableNamesThePersonOrHoldsTheirAddress() {
        Footprint footprint = footprint(8716, "apolline.oublitout@donnees.test", "Oublitout");
        BrowserlessSession staff = staff("dpo.modules@cohorte.test");

        String before = staff.get("/directory/persons/" + footprint.person() + "/personal-data?format=json").text();
        assertThat(before)
                .contains("\"kind\":\"APPLICATION\"").contains("Envie de coopérer, signé Oublitout")
                .contains("\"kind\":\"JURY_REVIEW\"").contains("Un dossier solide")
                .contains("\"kind\":\"CHAPTER_VERSION\"").contains("\"kind\":\"CHAPTER_COMMENT\"").contains("Relire la conclusion")
                .contains("\"kind\":\"CONTRIBUTOR\"").contains("\"kind\":\"CHAPTER_AUTHOR\"")
                .contains("\"kind\":\"MEMBER\"").contains("\"room\":\"Salle des Tilleuls\"").contains("\"kind\":\"NEVER_TOGETHER\"")
                .contains("\"kind\":\"AUTHOR\"").contains("Notes d’audition")
                .contains("\"subject\":\"Votre candidature\"");

        erasure.erase(footprint.person());

        assertThat(tablesHolding(footprint.email())).as("tables still holding the address").isEmpty();
        assertThat(tablesHolding(footprint.familyName())).as("tables still naming the person").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where lower(recipient) = ?", Long.class, footprint.email())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from application_cv where application_id = ?", Long.class, footprint.application()))
                .as("the CV goes with the application's data").isZero();
        assertThat(jdbc.queryForObject("select count(*) from apart_pair where session_id = (select session_id from work_round where id = ?)",
                Long.class, footprint.round())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from work_round_member where round_id = ?", Long.class, footprint.round()))
                .as("the groups others worked in keep their anonymous seat").isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select count(*) from chapter_version v join person p on p.id = v.author_person_id
                where v.chapter_id = ? and p.anonymised_at is not null""", Long.class, footprint.chapter()))
                .as("the book keeps its history, by an anonymous author").isPositive();

        String after = staff.get("/directory/persons/" + footprint.person() + "/personal-data?format=json").text();
        assertThat(after).doesNotContain(footprint.email()).doesNotContain(footprint.familyName())
                .contains("\"recruitment\":[]").contains("\"mails\":[]");
        String versions = staff.get("/publications/" + footprint.book() + "/manage/chapters/" + footprint.chapter()).select("#version-list").text();
        assertThat(versions).contains("Personne anonymisée").doesNotContain(footprint.familyName());
        String jurors = staff.get("/staff/sessions/" + footprint.session() + "/applications/" + footprint.reviewed())
                .select("#jury-reviews tbody th").text();
        assertThat(jurors).as("an erased juror reads as anonymised, not as an address or an id").isEqualTo("Personne anonymisée");
    }

    @Test
    void anErasureThatFailsInOneModuleLeavesEveryModuleAsItWas() {
        Footprint footprint = footprint(8717, "barnabe.inchange@donnees.test", "Inchangé");
        // The mail module refuses, as a full disk or a lost connection would, after other modules have done their part.
        jdbc.execute("""
                create or replace function refuse_forgetting_barnabe() returns trigger language plpgsql as $$
                begin
                  if old.recipient = 'barnabe.inchange@donnees.test' then raise exception 'mail outbox unavailable'; end if;
                  return old;
                end $$""");
        jdbc.execute("create trigger refuse_forgetting_barnabe before delete on mail_outbox for each row execute function refuse_forgetting_barnabe()");
        try {
            assertThatThrownBy(() -> erasure.erase(footprint.person())).rootCause().hasMessageContaining("mail outbox unavailable");
        } finally {
            jdbc.execute("drop trigger refuse_forgetting_barnabe on mail_outbox");
            jdbc.execute("drop function refuse_forgetting_barnabe()");
        }

        assertThat(jdbc.queryForObject("select anonymised_at is null from person where id = ?", Boolean.class, footprint.person())).isTrue();
        assertThat(jdbc.queryForObject("select family_name from application where id = ?", String.class, footprint.application()))
                .isEqualTo(footprint.familyName());
        assertThat(jdbc.queryForObject("select count(*) from application_cv where application_id = ?", Long.class, footprint.application()))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from apart_pair where session_id = (select session_id from work_round where id = ?)",
                Long.class, footprint.round())).isOne();
        assertThat(jdbc.queryForObject("select enabled from account where person_id = ?", Boolean.class, footprint.person())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from contribution_author where person_id = ?", Long.class, footprint.person())).isOne();
    }

    /** The (table, column) pairs whose text still contains this, across the whole database. */
    private List<String> tablesHolding(String text) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema() and data_type in ('character varying', 'text') and table_name not like 'flyway%'""");
        return columns.stream()
                .filter(c -> jdbc.queryForObject("select count(*) from \"%s\" where lower(\"%s\") like ?"
                        .formatted(c.get("table_name"), c.get("column_name")), Long.class, "%" + text.toLowerCase() + "%") > 0)
                .map(c -> c.get("table_name") + "." + c.get("column_name")).toList();
    }

    private Footprint footprint(int number, String email, String familyName) {
        long sessionId = programme.createSession(new SessionDetails(number, "Données de chacun", null,
                LocalDate.of(2027, 9, 1), LocalDate.of(2028, 6, 30), SessionStatus.RUNNING, List.of())).getId();
        accounts.create(email, RoleGrant.scoped(Role.JURY, number), PASSWORD);
        long person = jdbc.queryForObject("select person_id from account where email = ?", Long.class, email);
        jdbc.update("update person set given_name = 'Apolline', family_name = ? where id = ?", familyName, person);
        long background = backgrounds.add("donnees-" + number, "Horizon des données " + number, "Data background " + number).getId();

        // Applied, with a CV; and sat on the jury of the same session, marking another applicant.
        long application = application(sessionId, "Apolline", familyName, email, background, "Envie de coopérer, signé " + familyName);
        jdbc.update("insert into application_cv (application_id, filename, content) values (?, ?, ?)", application,
                "cv-" + familyName + ".pdf", "%PDF-1.4".getBytes());
        long other = application(sessionId, "Octave", "Candidat", "octave." + number + "@donnees.test", background, "Une autre candidature");
        long criterion = jdbc.queryForObject("""
                insert into jury_criterion (session_id, name, weight, maximum, position) values (?, 'Parcours', 1, 20, 1) returning id""",
                Long.class, sessionId);
        long review = jdbc.queryForObject("""
                insert into jury_review (application_id, juror, conflict, comment, updated_at) values (?, ?, false, 'Un dossier solide', now())
                returning id""", Long.class, other, email);
        jdbc.update("insert into jury_mark (review_id, criterion_id, mark) values (?, ?, 15)", review, criterion);

        // Wrote a chapter of the session's book, saved a version of it and commented on it.
        long book = jdbc.queryForObject("insert into publication (session_id, title, language) values (?, 'Le livre des données', 'fr') returning id",
                Long.class, sessionId);
        long chapter = jdbc.queryForObject("insert into chapter (publication_id, ordinal, title, body) values (?, 1, 'Coopérer', 'Premier jet.') returning id",
                Long.class, book);
        jdbc.update("insert into publication_contributor (publication_id, position, person_id, role) values (?, 1, ?, 'AUTHOR')", book, person);
        jdbc.update("insert into chapter_author (chapter_id, position, person_id) values (?, 1, ?)", chapter, person);
        long seen = jdbc.queryForObject("select version from chapter where id = ?", Long.class, chapter);
        chapters.edit(book, chapter, seen, "Coopérer", "Deuxième jet.", email);
        chapters.comment(book, chapter, email, "Relire la conclusion");

        // Took part in the session and worked in a group of its first round, never with one other participant.
        long participant = participant(sessionId, person, background);
        long neighbour = participant(sessionId, jdbc.queryForObject(
                "insert into person (given_name, family_name, email) values ('Octave', 'Voisin', ?) returning id", Long.class,
                "voisin." + number + "@donnees.test"), background);
        long seminar = jdbc.queryForObject("""
                insert into seminar (session_id, ordinal, title, start_date, end_date, city, country, time_zone)
                values (?, 1, 'Séminaire', date '2027-10-04', date '2027-10-08', 'Lyon', 'FR', 'Europe/Paris') returning id""",
                Long.class, sessionId);
        long round = jdbc.queryForObject("insert into work_round (session_id, seminar_id, position, group_count) values (?, ?, 1, 1) returning id",
                Long.class, sessionId, seminar);
        jdbc.update("insert into work_round_member (round_id, participant_id, group_number) values (?, ?, 1), (?, ?, 1)",
                round, participant, round, neighbour);
        jdbc.update("insert into work_round_room (round_id, group_number, room) values (?, 1, ?)", round, "Salle des Tilleuls");
        jdbc.update("insert into apart_pair (session_id, participant_id, other_id) values (?, ?, ?)",
                sessionId, Math.min(participant, neighbour), Math.max(participant, neighbour));

        // Wrote a note about the session, and received the acknowledgement of their application.
        long note = jdbc.queryForObject("""
                insert into contribution (session_number, kind, title, created_at, updated_at) values (?, 'NOTE', 'Notes d’audition', now(), now())
                returning id""", Long.class, number);
        jdbc.update("insert into contribution_author (contribution_id, person_id) values (?, ?)", note, person);
        jdbc.update("insert into mail_outbox (recipient, subject, body) values (?, 'Votre candidature', ?)", email,
                "Bonjour Apolline " + familyName + ", nous avons bien reçu votre candidature.");
        return new Footprint(number, person, email, familyName, application, other, round, book, chapter);
    }

    private long application(long sessionId, String givenName, String familyName, String email, long background, String motivation) {
        return jdbc.queryForObject("""
                insert into application (session_id, civility, given_name, family_name, email, phone, organisation, position_title,
                                         background_id, motivation, status, consented_at, submitted_at)
                values (?, 'MS', ?, ?, ?, '06 01 02 03 04', 'Région Occitanie', 'Directrice', ?, ?, 'SUBMITTED', now(), now()) returning id""",
                Long.class, sessionId, givenName, familyName, email, background, motivation);
    }

    private long participant(long sessionId, long person, long background) {
        return jdbc.queryForObject("insert into participant (session_id, person_id, background_id) values (?, ?, ?) returning id",
                Long.class, sessionId, person, background);
    }

    private BrowserlessSession staff(String email) {
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(email, PASSWORD);
        return session;
    }
}
