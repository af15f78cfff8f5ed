package fr.cohorte.directory;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import fr.cohorte.TestPdfs;
import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.internal.PartnershipDocumentRepository;
import fr.cohorte.directory.internal.PartnershipRepository;
import fr.cohorte.web.DocumentIntake;
import fr.cohorte.web.DocumentProperties;
import fr.cohorte.web.RefusedException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff open a partnership, correct it, attach its agreement, and delete it, each step audited. */
@CohorteTest
class PartnershipPageTest {

    static final String PASSWORD = "Le mot de passe des partenariats";
    static final byte[] PDF = TestPdfs.onePage();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PartnershipDocumentRepository documentRepository;

    @Autowired
    PartnershipRepository partnershipRepository;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    BrowserlessSession staff;
    long institute;
    long partner;
    long partnership;

    @BeforeEach
    void aPartnershipBetweenTwoOrganisations() {
        String suffix = String.valueOf(System.nanoTime());
        institute = organisation("Institut " + suffix);
        partner = organisation("Centre d’études " + suffix);
        partnership = jdbc.queryForObject("""
                insert into partnership (organisation_id, partner_id, kind, start_date, description)
                values (?, ?, 'CO_EDITION', date '2015-06-01', 'Coédition de l’ouvrage') returning id""", Long.class, institute, partner);
        String email = "partenariats" + suffix + "@cohorte.test";
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        staff = new BrowserlessSession(port);
        staff.logIn(email, PASSWORD);
    }

    @Test
    void thePartnershipPageShowsBothOrganisationsLinkedAndEachOrganisationListsIt() {
        Document page = staff.get("/directory/partnerships/" + partnership);

        assertThat(page.select("h1").text()).contains("Institut", "Centre d’études");
        assertThat(page.select("a[href=/directory/organisations/" + institute + "]")).hasSize(1);
        assertThat(page.select("a[href=/directory/organisations/" + partner + "]")).hasSize(1);
        assertThat(page.select(".cohorte-facts").text()).contains("Coédition", "depuis le 1 juin 2015", "Coédition de l’ouvrage");
        assertThat(page.select("#documents").text()).contains("Aucun document");

        Document organisation = staff.get("/directory/organisations/" + partner);
        assertThat(organisation.select("#partnerships a[href=/directory/partnerships/" + partnership + "]")).hasSize(1);
    }

    @Test
    void aSecondStaffMemberSavingTheSamePartnershipIsToldItChangedAndKeepsWhatTheyTyped() {
        String email = "partenariats-bis" + System.nanoTime() + "@cohorte.test";
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession other = new BrowserlessSession(port);
        other.logIn(email, PASSWORD);
        staff.get("/directory/partnerships/" + partnership + "/edit");
        other.get("/directory/partnerships/" + partnership + "/edit");
        Map<String, String> common = Map.of("organisationId", String.valueOf(institute), "partnerId", String.valueOf(partner),
                "startDate", "2015-06-01");

        staff.submit("/directory/partnerships/" + partnership, with(common, "kind", "FUNDING", "description", "Financement"));
        Document refused = other.submit("/directory/partnerships/" + partnership, with(common, "kind", "CO_EDITION",
                "description", "Coédition, puis colloque"));

        assertThat(refused.select(".fr-alert--error .fr-alert__title").text()).isEqualTo("Cette fiche a été modifiée entre-temps");
        assertThat(refused.select("#description").val()).isEqualTo("Coédition, puis colloque");
        assertThat(jdbc.queryForObject("select description from partnership where id = ?", String.class, partnership))
                .isEqualTo("Financement");

        other.submit("/directory/partnerships/" + partnership, with(common, "kind", "CO_EDITION", "description", "Coédition, puis colloque"));
        assertThat(jdbc.queryForObject("select description from partnership where id = ?", String.class, partnership))
                .isEqualTo("Coédition, puis colloque");
    }

    private static Map<String, String> with(Map<String, String> common, String... more) {
        Map<String, String> fields = new java.util.HashMap<>(common);
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        return fields;
    }

    @Test
    void anEditThatEndsBeforeItStartsIsRefusedAndKeepsWhatWasTyped() {
        staff.get("/directory/partnerships/" + partnership + "/edit");
        Document refused = staff.submit("/directory/partnerships/" + partnership, Map.of(
                "organisationId", String.valueOf(institute), "partnerId", String.valueOf(partner), "kind", "FUNDING",
                "startDate", "2016-01-01", "endDate", "2015-01-01", "description", "Financement révisé"));

        assertThat(refused.select("#endDate-messages").text()).contains("La fin ne peut pas précéder le début");
        assertThat(refused.select("#description").val()).isEqualTo("Financement révisé");
        assertThat(refused.select("#kind option[selected]").val()).isEqualTo("FUNDING");
        assertThat(jdbc.queryForObject("select kind from partnership where id = ?", String.class, partnership)).isEqualTo("CO_EDITION");

        Document saved = staff.submit("/directory/partnerships/" + partnership, Map.of(
                "organisationId", String.valueOf(institute), "partnerId", String.valueOf(partner), "kind", "FUNDING",
                "startDate", "2016-01-01", "endDate", "2016-12-31", "description", "Financement révisé"));
        assertThat(staff.path()).isEqualTo("/directory/partnerships/" + partnership);
        assertThat(saved.select(".cohorte-facts").text()).contains("Financement", "du 1 janvier 2016 au 31 décembre 2016", "Financement révisé");
        assertThat(audited("UPDATED", "partnership:" + partnership)).isEqualTo(1);
    }

    @Test
    void aPartnerDeletedMeanwhileIsNamedOnItsFieldAndNothingChanges() {
        staff.get("/directory/partnerships/" + partnership + "/edit");
        Document refused = staff.submit("/directory/partnerships/" + partnership, Map.of(
                "organisationId", String.valueOf(institute), "partnerId", "999999", "kind", "FUNDING",
                "startDate", "2016-01-01", "description", "Financement révisé"));

        assertThat(refused.select("#partnerId-messages").text()).contains("Cette organisation n’existe plus dans l’annuaire");
        assertThat(refused.select("#description").val()).isEqualTo("Financement révisé");
        assertThat(jdbc.queryForObject("select partner_id from partnership where id = ?", Long.class, partnership)).isEqualTo(partner);
    }

    @Test
    void anAttachedAgreementIsListedAndDownloadedUnderItsOwnNameWithoutSniffing() {
        staff.get("/directory/partnerships/" + partnership);
        Document page = staff.submitFile("/directory/partnerships/" + partnership + "/documents", "file",
                "convention signée.pdf", "application/pdf", PDF);

        assertThat(page.select("#documents .fr-alert").text()).contains("« convention signée.pdf » est joint au partenariat");
        assertThat(page.select("#partnership-documents tbody tr").text()).contains("convention signée.pdf", "1 ko");
        String link = page.select("#partnership-documents a").attr("href");
        HttpResponse<byte[]> download = staff.download(link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''convention%20sign%C3%A9e.pdf"));
        assertThat(download.body()).isEqualTo(PDF);

        long document = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        assertThat(staff.download("/directory/partnerships/" + (partnership + 1000) + "/documents/" + document).statusCode()).isEqualTo(404);

        String delete = "/directory/partnerships/" + partnership + "/documents/" + document + "/delete";
        assertThat(staff.get("/directory/partnerships/" + partnership).select("a.document-delete").attr("href")).isEqualTo(delete);
        Document confirmation = staff.get(delete);
        assertThat(confirmation.select("#consequences li").text()).startsWith("« convention signée.pdf » (1 ko) est supprimé du partenariat entre");
        staff.post(delete, Map.of("_csrf", confirmation.select("input[name=_csrf]").val()));
        assertThat(jdbc.queryForObject("select count(*) from partnership_document where id = ?", Integer.class, document))
                .as("a post without the confirmation deletes nothing").isOne();
        staff.submit(delete, Map.of());
        assertThat(staff.page().select("#documents").text()).contains("Le document est retiré", "Aucun document");
        assertThat(audited("DELETED", "partnership-document:" + document)).isEqualTo(1);
    }

    @Test
    void aTextFileRenamedAsPdfIsRefusedInFrenchAndNothingIsStored() {
        staff.get("/directory/partnerships/" + partnership);
        Document page = staff.submitFile("/directory/partnerships/" + partnership + "/documents", "file",
                "convention.pdf", "application/pdf", "Ceci n’est pas une convention.".getBytes(StandardCharsets.UTF_8));

        assertThat(page.select("#file-messages").text())
                .isEqualTo("convention.pdf : Ce fichier n’est ni un PDF, ni un document bureautique, ni une image, "
                        + "ou son contenu ne correspond pas à son extension ; rien n’a été enregistré.");
        assertThat(jdbc.queryForObject("select count(*) from partnership_document where partnership_id = ?", Integer.class, partnership)).isZero();
    }

    @Test
    void aDocumentOverTheConfiguredLimitIsRefusedAndTheHintSaysTheLimit() {
        assertThat(staff.get("/directory/partnerships/" + partnership).select("label[for=file] .fr-hint-text").text())
                .contains("10 Mo au plus");
        PartnershipDocuments smallLimit = new PartnershipDocuments(documentRepository, partnershipRepository,
                new DocumentIntake(new DocumentProperties(DataSize.ofKilobytes(1))), audit, clock);
        byte[] twoKilobytes = new byte[2048];
        System.arraycopy(PDF, 0, twoKilobytes, 0, PDF.length);

        assertThatThrownBy(() -> smallLimit.attach(partnership, "convention.pdf", twoKilobytes))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.refusal().code()).isEqualTo("document.too-large"));
        assertThat(jdbc.queryForObject("select count(*) from partnership_document where partnership_id = ?", Integer.class, partnership)).isZero();
    }

    @Test
    void deletionAsksForConfirmationThenRemovesThePartnershipWithItsDocuments() {
        staff.get("/directory/partnerships/" + partnership);
        staff.submitFile("/directory/partnerships/" + partnership + "/documents", "file", "annexe.pdf", "application/pdf", PDF);

        Document confirmation = staff.get("/directory/partnerships/" + partnership + "/delete");
        assertThat(confirmation.select("#consequences li").eachText()).hasSize(2)
                .element(1).isEqualTo("Le document joint sera supprimé avec lui : annexe.pdf.");
        assertThat(confirmation.select("#consequences li").first().text())
                .startsWith("Vous allez supprimer le partenariat entre").endsWith("(Coédition).");
        assertThat(confirmation.select("main").text()).contains("définitive");
        assertThat(jdbc.queryForObject("select count(*) from partnership where id = ?", Integer.class, partnership)).isOne();
        staff.post("/directory/partnerships/" + partnership + "/delete", Map.of("_csrf", confirmation.select("input[name=_csrf]").val()));
        assertThat(jdbc.queryForObject("select count(*) from partnership where id = ?", Integer.class, partnership))
                .as("a post without the confirmation deletes nothing").isOne();

        Document list = staff.submit("/directory/partnerships/" + partnership + "/delete", Map.of());
        assertThat(staff.path()).isEqualTo("/directory/partnerships");
        assertThat(list.select(".fr-alert").text()).contains("Le partenariat et ses documents sont supprimés");
        assertThat(jdbc.queryForObject("select count(*) from partnership where id = ?", Integer.class, partnership)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from partnership_document where partnership_id = ?", Integer.class, partnership)).isZero();
        assertThat(audited("DELETED", "partnership:" + partnership)).isEqualTo(1);
        assertThat(staff.get("/directory/partnerships/" + partnership).select("h1").text()).doesNotContain("Centre d’études");
        assertThat(staff.status()).isEqualTo(404);
    }

    private long organisation(String name) {
        return jdbc.queryForObject("insert into organisation (name, kind) values (?, 'RESEARCH_BODY') returning id", Long.class, name);
    }

    private int audited(String action, String target) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ?", Integer.class, action, target);
    }
}
