package fr.cohorte.session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cohorte.TestPdfs;
import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.web.DocumentSummary;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting an activity or one of its documents cannot be undone: the first click says what goes, and when it was
 * planned, and deletes nothing; only the confirmation's form deletes.
 */
@CohorteTest
class ProgrammeConfirmationsTest {

    static final String PASSWORD = "Le mot de passe des suppressions";
    static final byte[] PDF = TestPdfs.onePage();

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    ActivityDocuments documents;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    BrowserlessSession staff;

    @BeforeEach
    void logInAsStaff() {
        if (jdbc.queryForObject("select count(*) from account where email = 'suppressions@cohorte.test'", Integer.class) == 0) {
            accounts.create("suppressions@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        }
        staff = new BrowserlessSession(port);
        staff.logIn("suppressions@cohorte.test", PASSWORD);
    }

    @Test
    void deletingAnActivityFirstSaysWhenItWasPlannedAndWhichDocumentsGoAndDeletesNothing() {
        Activity activity = activity(9301);
        documents.attach(activity.getId(), "ordre-du-jour.pdf", PDF);
        String path = "/staff/sessions/9301/seminars/" + activity.getSeminar().getId() + "/activities/" + activity.getId();
        assertThat(staff.get("/staff/sessions/9301").select("a.activity-delete").attr("href")).isEqualTo(path + "/delete");

        Document confirmation = staff.get(path + "/delete");

        assertThat(confirmation.select("h1").text()).isEqualTo("Supprimer l’activité « Audition des partenaires sociaux » ?");
        assertThat(confirmation.select("#consequences li").eachText()).containsExactly(
                "Prévue le 11/03/2031 10:00 (Rencontre de printemps), elle disparaît du programme et du calendrier de chaque participant.",
                "Son document joint est supprimé : ordre-du-jour.pdf.");
        assertThat(activities(activity)).isOne();

        staff.post(path + "/delete", Map.of("_csrf", confirmation.select("input[name=_csrf]").val()));
        assertThat(activities(activity)).as("a post without the confirmation deletes nothing").isOne();
        assertThat(staff.page().select("#consequences li")).hasSize(2);

        Document deleted = staff.submit(path + "/delete", Map.of());
        assertThat(deleted.select(".fr-alert").text()).contains("L’activité est supprimée");
        assertThat(activities(activity)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from activity_document where activity_id = ?", Integer.class, activity.getId()))
                .isZero();
    }

    @Test
    void deletingADocumentFirstNamesItsFileAndActivityAndDeletesNothing() {
        Activity activity = activity(9302);
        DocumentSummary attached = documents.attach(activity.getId(), "diapositives.pdf", PDF);
        String path = "/staff/sessions/9302/seminars/" + activity.getSeminar().getId() + "/activities/" + activity.getId();
        String delete = path + "/documents/" + attached.id() + "/delete";
        assertThat(staff.get(path + "/edit").select("a.document-delete").attr("href")).isEqualTo(delete);

        Document confirmation = staff.get(delete);

        assertThat(confirmation.select("h1").text()).isEqualTo("Supprimer le document « diapositives.pdf » ?");
        assertThat(confirmation.select("#consequences li").eachText()).containsExactly(
                "« diapositives.pdf » (1 ko) est supprimé de l’activité « Audition des partenaires sociaux » : "
                        + "les participants ne pourront plus le télécharger.");
        staff.post(delete, Map.of("_csrf", confirmation.select("input[name=_csrf]").val()));
        assertThat(documents.of(activity.getId())).as("a post without the confirmation deletes nothing").hasSize(1);

        Document deleted = staff.submit(delete, Map.of());
        assertThat(deleted.select("#documents").text()).contains("Le document est retiré");
        assertThat(documents.of(activity.getId())).isEmpty();
    }

    private Activity activity(int number) {
        programme.createSession(new SessionDetails(number, "Coopérer", null, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31),
                SessionStatus.RUNNING, List.of()));
        Seminar seminar = programme.createSeminar(number, new SeminarDetails(1, "Rencontre de printemps", LocalDate.of(2031, 3, 10),
                LocalDate.of(2031, 3, 14), "Lyon", "FR", ZoneId.of("Europe/Paris"), false, null));
        Instant start = Instant.parse("2031-03-11T09:00:00Z");
        return programme.createActivity(seminar.getId(), new ActivityDetails(ActivityType.EXPERT_HEARING, "Audition des partenaires sociaux",
                null, start, start.plusSeconds(5400), null, null, Set.of(), null, "fr", false, ActivityVisibility.PUBLIC, false));
    }

    private int activities(Activity activity) {
        return jdbc.queryForObject("select count(*) from activity where id = ?", Integer.class, activity.getId());
    }
}
