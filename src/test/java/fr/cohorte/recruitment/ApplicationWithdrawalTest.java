package fr.cohorte.recruitment;

import java.util.ArrayList;
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

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.directory.Civility;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** An applicant takes their application back through the link of their acknowledgement, without logging in. */
@CohorteTest
@RecordApplicationEvents
class ApplicationWithdrawalTest {

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
        assertThat(link.group(2)).hasSizeGreaterThanOrEqualTo(22).isEqualTo(application.getWithdrawalToken());
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
        String token = application.getWithdrawalToken();
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

        withdrawal.withdraw(application.getWithdrawalToken(), Locale.FRENCH);

        assertThat(events.stream(ApplicationWithdrawn.class))
                .containsExactly(new ApplicationWithdrawn(application.getId(), session.getId(), ApplicationStatus.SELECTED));
        withdrawal.withdraw(application.getWithdrawalToken(), Locale.FRENCH);
        assertThat(events.stream(ApplicationWithdrawn.class)).as("a second click publishes nothing").hasSize(1);
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
