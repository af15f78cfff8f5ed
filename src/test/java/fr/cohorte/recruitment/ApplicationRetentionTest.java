package fr.cohorte.recruitment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.directory.Civility;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three months (the default) after a session's selection is confirmed, the people not selected are
 * anonymised and their CV deleted, unless they asked to be kept; selected people are never touched.
 */
@CohorteTest
class ApplicationRetentionTest {

    private static final Instant CONFIRMED = Instant.parse("2027-01-15T10:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    ApplicationRetention retention;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Session session;
    Map<ApplicationStatus, Long> byStatus;
    Long keptForLater;

    @BeforeEach
    void aConfirmedSelection() {
        session = new Calls(programme, applications).open();
        byStatus = new java.util.EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            Long id = apply(status.name().toLowerCase(Locale.ROOT), false);
            jdbc.update("update application set status = ? where id = ?", status.name(), id);
            byStatus.put(status, id);
        }
        keptForLater = apply("kept", true);
        jdbc.update("update application set status = 'NOT_SELECTED' where id = ?", keptForLater);
        jdbc.update("update application_call set selection_confirmed_at = ? where session_id = ?",
                java.sql.Timestamp.from(CONFIRMED), session.getId());
        for (Long id : new Long[] {byStatus.get(ApplicationStatus.NOT_SELECTED), byStatus.get(ApplicationStatus.SELECTED)}) {
            jdbc.update("insert into jury_review (application_id, juror, comment, updated_at) values (?, 'jure@cohorte.test', "
                    + "'Connaît bien Claire Candidat.', now())", id);
        }
    }

    @Test
    void nothingHappensBeforeTheRetentionPeriodHasRun() {
        retention.anonymiseDue(CONFIRMED.plus(89, ChronoUnit.DAYS));

        assertThat(anonymisedInSession()).isZero();
        assertThat(cvCount()).isEqualTo(6);
    }

    @Test
    void theNotSelectedAreAnonymisedTheirCvDeletedAndTheRunAudited() {
        int anonymised = retention.anonymiseDue(Instant.parse("2027-04-15T10:00:00Z"));

        assertThat(anonymisedInSession()).as("other tests' sessions share the database").isEqualTo(4);
        assertThat(anonymised).isGreaterThanOrEqualTo(4);
        for (ApplicationStatus status : new ApplicationStatus[] {ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED,
                ApplicationStatus.NOT_SELECTED, ApplicationStatus.WITHDRAWN}) {
            Map<String, Object> row = jdbc.queryForMap("select given_name, family_name, email, phone, motivation, withdrawal_token_hash, "
                    + "anonymised_at, organisation, region, gender, background_id from application where id = ?", byStatus.get(status));
            assertThat(row.get("email")).as(status + " e-mail").isEqualTo("anonymised-" + byStatus.get(status) + "@invalid");
            assertThat(row.get("family_name")).asString().doesNotContain("Candidat");
            assertThat(row.get("motivation")).isEqualTo("—");
            assertThat(row.get("withdrawal_token_hash")).isNull();
            assertThat(row.get("anonymised_at")).isNotNull();
            assertThat(row.get("organisation")).as("what the selection needs stays").isEqualTo("Région Occitanie");
            assertThat(row.get("region")).isEqualTo("OCCITANIE");
            assertThat(row.get("gender")).isEqualTo("FEMALE");
        }
        assertThat(jdbc.queryForObject("select email from application where id = ?", String.class, byStatus.get(ApplicationStatus.SELECTED)))
                .isEqualTo("selected@example.org");
        assertThat(jdbc.queryForObject("select email from application where id = ?", String.class, keptForLater))
                .isEqualTo("kept@example.org");
        assertThat(cvCount()).as("the CVs of the selected and of who asked to be kept").isEqualTo(2);
        assertThat(mailsTo("not_selected@example.org")).as("the acknowledgement named the applicant").isZero();
        assertThat(mailsTo("withdrawn@example.org")).isZero();
        assertThat(mailsTo("selected@example.org")).as("a participant's mails stay").isPositive();
        assertThat(mailsTo("kept@example.org")).isPositive();
        assertThat(jdbc.queryForObject("select comment from jury_review where application_id = ?", String.class,
                byStatus.get(ApplicationStatus.NOT_SELECTED))).as("a juror's comment may name the applicant").isNull();
        assertThat(jdbc.queryForObject("select comment from jury_review where application_id = ?", String.class,
                byStatus.get(ApplicationStatus.SELECTED))).isEqualTo("Connaît bien Claire Candidat.");
        assertThat(jdbc.queryForList("select array_to_string(detail_args, '|') from audit_event where action = 'ANONYMISED'"
                + " and actor = 'retention-job'", String.class))
                .anySatisfy(detail -> assertThat(detail).contains(session.getNumber() + " (4)"));
    }

    private int mailsTo(String recipient) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, recipient);
    }

    @Test
    void aSecondRunChangesNothing() {
        Instant due = Instant.parse("2027-05-01T00:00:00Z");
        retention.anonymiseDue(due);
        Instant firstAnonymisation = jdbc.queryForObject("select anonymised_at from application where id = ?",
                java.sql.Timestamp.class, byStatus.get(ApplicationStatus.WITHDRAWN)).toInstant();

        assertThat(retention.anonymiseDue(due.plus(1, ChronoUnit.DAYS))).isZero();
        assertThat(jdbc.queryForObject("select anonymised_at from application where id = ?", java.sql.Timestamp.class,
                byStatus.get(ApplicationStatus.WITHDRAWN)).toInstant()).isEqualTo(firstAnonymisation);
    }

    @Test
    void staffReadWhenAnApplicationWasAnonymised() {
        retention.anonymiseDue(Instant.parse("2027-04-20T10:00:00Z"));
        accounts.create("retention." + session.getNumber() + "@cohorte.test", RoleGrant.global(Role.STAFF), "Le mot de passe de la conservation");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("retention." + session.getNumber() + "@cohorte.test", "Le mot de passe de la conservation");

        var detail = staff.get("/staff/sessions/" + session.getNumber() + "/applications/" + byStatus.get(ApplicationStatus.NOT_SELECTED));
        assertThat(detail.select("#anonymised").text()).contains("anonymisées le 20/04/2027");
        assertThat(detail.select("#cv-download")).isEmpty();
    }

    private Long apply(String who, boolean keepForLater) {
        return applications.submit(session, new ApplicantDetails(Civility.MS, "Claire", "Candidat-" + who, who + "@example.org",
                "01 23 45 67 89", "Région Occitanie", "Directrice", ApplicationFormTest.localGovernment(jdbc), "Emploi",
                Region.OCCITANIE, Gender.FEMALE, "Ma motivation.", keepForLater), "cv.pdf", ApplicationFormTest.PDF, Locale.FRENCH).getId();
    }

    private int anonymisedInSession() {
        return jdbc.queryForObject("select count(*) from application where session_id = ? and anonymised_at is not null",
                Integer.class, session.getId());
    }

    private int cvCount() {
        return jdbc.queryForObject("select count(*) from application_cv c join application a on a.id = c.application_id "
                + "where a.session_id = ?", Integer.class, session.getId());
    }
}
