package fr.cohorte.recruitment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.directory.Civility;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import fr.cohorte.web.SecretTokens;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** An applicant takes their application back through the link of their acknowledgement, without logging in. */
@CohorteTest
@RecordApplicationEvents
class ApplicationWithdrawalTest {

    /** The migration that hashes the withdrawal secrets. */
    private static final MigrationVersion HASHES = MigrationVersion.fromVersion("26");
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/applications/withdraw/([A-Za-z0-9_-]+))");

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    ApplicationWithdrawal withdrawal;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationEvents events;

    Session session;
    Application application;

    @BeforeEach
    void anApplication() {
        session = new Calls(programme, applications).open();
        application = applications.submit(session, new ApplicantDetails(Civility.MS, "Claire", "Martin",
                "claire.retrait." + session.getNumber() + "@example.org", null, "Région Occitanie", "Directrice",
                ApplicationFormTest.localGovernment(jdbc), "Collectivités", Region.OCCITANIE, Gender.FEMALE, "Motivation.", false),
                "cv.pdf", ApplicationFormTest.PDF, Locale.FRENCH);
    }

    @Test
    void theAcknowledgementCarriesALinkThatWithdrawsTheApplicationAfterConfirmation() {
        String path = linkInAcknowledgement();
        BrowserlessSession applicant = new BrowserlessSession(port);

        Document confirm = applicant.get(path);
        assertThat(confirm.select("#withdrawal-session").text()).contains(session.getNumber() + "e session nationale")
                .contains("Coopérer pour l’emploi");
        assertThat(status()).as("nothing changes before the confirmation").isEqualTo("SUBMITTED");

        Document done = applicant.submit(path, Map.of());
        assertThat(done.select("#withdrawal-done").text()).contains("Votre candidature est retirée");
        assertThat(status()).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select withdrawn_at is not null from application where id = ?", Boolean.class,
                application.getId())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like 'Retrait de votre candidature%'",
                Integer.class, application.getEmail())).isEqualTo(1);
    }

    @Test
    void theLinksSecretIsLongRandomAndUrlSafe() {
        Matcher link = LINK.matcher(acknowledgement());
        assertThat(link.find()).isTrue();
        assertThat(link.group(2)).hasSizeGreaterThanOrEqualTo(43);
    }

    /** A leaked table withdraws nobody's application: what is stored is not the secret of the link. */
    @Test
    void theLinksSecretIsNotStored() {
        String token = token();

        assertThat(jdbc.queryForObject("select count(*) from application a where position(? in row_to_json(a)::text) > 0",
                Integer.class, token)).isZero();
        assertThat(withdrawal.byToken(token)).as("and the link still leads to the application").isPresent();
    }

    /**
     * The links mailed before only the secrets' hashes were kept still withdraw: the migration hashes
     * each secret the way the application does. Shown on a database of its own, migrated up to the
     * version before the hashes, given an application with a secret in clear, then migrated on.
     */
    @Test
    void aLinkMailedBeforeTheSecretsWereHashedStillWithdraws() throws Exception {
        String token = "lien-envoye-avant-la-migration_0123456789abcdefghijklmno";
        String database = "withdrawal_migration_" + session.getNumber();
        jdbc.execute("create database " + database);
        try {
            String url = ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
            String user = ((HikariDataSource) dataSource).getUsername();
            FluentConfiguration migrations = Flyway.configure().dataSource(url, user, null).locations("classpath:db/migration");
            MigrationVersion lastInClear = Arrays.stream(migrations.load().info().all()).map(MigrationInfo::getVersion)
                    .filter(version -> version.compareTo(HASHES) < 0).max(Comparator.naturalOrder()).orElseThrow();
            migrations.target(lastInClear).load().migrate();
            JdbcTemplate before = new JdbcTemplate(new DriverManagerDataSource(url, user, ""));
            before.update("insert into background (code, label_fr, label_en, position) values ('x', 'X', 'X', 1)");
            before.update("insert into session (number, theme, start_date, end_date, status) values (1, 'T', current_date, current_date, 'RECRUITING')");
            before.update("""
                    insert into application (session_id, given_name, family_name, email, organisation, position_title, background_id,
                                             motivation, status, consented_at, submitted_at, withdrawal_token)
                    select s.id, 'Claire', 'Martin', 'claire@example.org', 'O', 'P', b.id, 'M', 'SUBMITTED', now(), now(), ?
                    from session s, background b""", token);

            migrations.target(MigrationVersion.LATEST).load().migrate();

            assertThat(before.queryForObject("select count(*) from application a where position(? in row_to_json(a)::text) > 0",
                    Integer.class, token)).as("the secret in clear is gone").isZero();
            assertThat(before.queryForObject("select count(*) from application where withdrawal_token_hash = ?", Integer.class,
                    SecretTokens.hash(token))).as("its hash is what a click on the link looks for").isEqualTo(1);
        } finally {
            jdbc.execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void aSecondWithdrawalSaysItIsAlreadyDoneAndChangesNothing() {
        String path = linkInAcknowledgement();
        BrowserlessSession applicant = new BrowserlessSession(port);
        String csrf = applicant.get(path).select("form[action=" + path + "] input[name=_csrf]").val();
        applicant.submit(path, Map.of());

        Document again = applicant.get(path);
        assertThat(again.select("#withdrawal-already").text()).contains("déjà été retirée");
        assertThat(again.select("form[action=" + path + "]")).isEmpty();
        assertThat(applicant.post(path, Map.of("_csrf", csrf)).select("#withdrawal-already")).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like 'Retrait%'",
                Integer.class, application.getEmail())).as("one confirmation only").isEqualTo(1);
    }

    @Test
    void twoClicksAtOnceWithdrawOnceAndBothGetAnAnswer() throws Exception {
        String token = token();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService clicks = Executors.newFixedThreadPool(2)) {
            List<Future<Optional<ApplicationWithdrawal.Request>>> answers = new ArrayList<>();
            for (int click = 0; click < 2; click++) {
                answers.add(clicks.submit(() -> {
                    start.await();
                    return withdrawal.withdraw(token, Locale.FRENCH);
                }));
            }
            start.countDown();
            List<Boolean> alreadyWithdrawn = new ArrayList<>();
            for (Future<Optional<ApplicationWithdrawal.Request>> answer : answers) {
                alreadyWithdrawn.add(answer.get().orElseThrow().alreadyWithdrawn());
            }
            assertThat(alreadyWithdrawn).as("one click withdraws, the other finds it done").containsExactlyInAnyOrder(false, true);
        }
        assertThat(status()).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like 'Retrait%'",
                Integer.class, application.getEmail())).as("one confirmation only").isEqualTo(1);
    }

    @Test
    void anUnknownLinkGetsAClearPageThatTellsNothing() {
        BrowserlessSession visitor = new BrowserlessSession(port);
        Document unknown = visitor.get("/applications/withdraw/pas-un-vrai-lien");
        assertThat(visitor.status()).isEqualTo(404);
        assertThat(unknown.select("h1").text()).isEqualTo("Ce lien ne mène à aucune candidature");
        assertThat(unknown.text()).doesNotContain("Claire");
    }

    @Test
    void everyWithdrawalPublishesTheEventWithThePreviousStatus() {
        jdbc.update("update application set status = 'SELECTED' where id = ?", application.getId());

        withdrawal.withdraw(token(), Locale.FRENCH);

        assertThat(events.stream(ApplicationWithdrawn.class))
                .containsExactly(new ApplicationWithdrawn(application.getId(), session.getId(), ApplicationStatus.SELECTED));
        withdrawal.withdraw(token(), Locale.FRENCH);
        assertThat(events.stream(ApplicationWithdrawn.class)).as("a second click publishes nothing").hasSize(1);
    }

    /** The secret of the link, as the applicant has it: in their acknowledgement only. */
    private String token() {
        Matcher link = LINK.matcher(acknowledgement());
        assertThat(link.find()).as("a withdrawal link in the acknowledgement").isTrue();
        return link.group(2);
    }

    private String linkInAcknowledgement() {
        Matcher link = LINK.matcher(acknowledgement());
        assertThat(link.find()).as("a withdrawal link in the acknowledgement").isTrue();
        return link.group(1);
    }

    private String acknowledgement() {
        return jdbc.queryForObject("select body from mail_outbox where recipient = ? and subject like 'Votre candidature%'",
                String.class, application.getEmail());
    }

    private String status() {
        return jdbc.queryForObject("select status from application where id = ?", String.class, application.getId());
    }
}
