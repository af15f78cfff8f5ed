package fr.cohorte.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;

/** Staff merge two records of one organisation; every module's references follow, nothing is left half-moved. */
// An activity of the demo programme is hosted by the duplicate for a while: the database of the
// programme-editing tests, whose pages do not read that activity's host.
@CohorteTest(properties = {"cohorte.demo.enabled=true", "cohorte.test.database=programme-editing"})
class OrganisationMergeTest {

    static final String PASSWORD = "Le mot de passe des fusions";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    BrowserlessSession staff;
    String suffix;
    long kept;
    long merged;
    long partner;
    long member;
    long activity;
    Long hostBefore;
    long publication;
    long publisher;

    @BeforeEach
    void twoRecordsOfOneOrganisation() {
        suffix = String.valueOf(System.nanoTime());
        kept = organisation("Fusionnable " + suffix, null, null);
        merged = organisation("Fusionnable SA " + suffix, "552100554", "https://fusionnable.example");
        partner = organisation("Partenaire " + suffix, null, null);
        member = jdbc.queryForObject("insert into person (given_name, family_name, organisation_id) values ('Membre', ?, ?) returning id",
                Long.class, suffix, merged);
        activity = jdbc.queryForObject("select min(id) from activity", Long.class);
        hostBefore = jdbc.queryForObject("select host_organisation_id from activity where id = ?", Long.class, activity);
        publisher = organisation("Éditions " + suffix, null, null);
        publication = jdbc.queryForObject("insert into publication (title, language) values (?, 'fr') returning id", Long.class,
                "Ouvrage coédité " + suffix);
        String email = "fusions" + suffix + "@cohorte.test";
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        staff = new BrowserlessSession(port);
        staff.logIn(email, PASSWORD);
    }

    @AfterEach
    void putTheDemoDataBack() {
        jdbc.update("update activity set host_organisation_id = ? where id = ?", hostBefore, activity);
        jdbc.update("delete from activity_speaker where person_id = ?", member);
        jdbc.update("delete from publication where id = ?", publication);
        jdbc.update("delete from partnership where organisation_id in (?, ?, ?) or partner_id in (?, ?, ?)", kept, merged, partner, kept, merged, partner);
        jdbc.update("delete from person where id = ?", member);
        jdbc.update("delete from organisation where id in (?, ?, ?, ?)", kept, merged, partner, publisher);
    }

    @Test
    void theDuplicateIsFoundByItsFirstWordAndEverythingItHadMovesToTheKeptRecord() {
        jdbc.update("insert into partnership (organisation_id, partner_id, kind) values (?, ?, 'OTHER')", merged, partner);
        jdbc.update("update activity set host_organisation_id = ? where id = ?", merged, activity);
        jdbc.update("insert into activity_speaker (activity_id, person_id, organisation_id) values (?, ?, ?)", activity, member, merged);
        jdbc.update("insert into publication_publisher (publication_id, position, organisation_id) values (?, 0, ?), (?, 1, ?), (?, 2, ?), (?, 3, ?)",
                publication, partner, publication, merged, publication, kept, publication, publisher);

        Document candidates = staff.get("/directory/organisations/merge?kept=" + kept);
        assertThat(candidates.select("#candidates a").eachText()).anySatisfy(text -> assertThat(text).contains("Fusionnable SA " + suffix));
        Document comparison = staff.get("/directory/organisations/merge?kept=" + kept + "&merged=" + merged);
        assertThat(comparison.select("#comparison tbody tr").first().text()).contains("Fusionnable " + suffix, "Fusionnable SA " + suffix);
        Document page = staff.submit("/directory/organisations/merge", Map.of("kept", String.valueOf(kept), "merged", String.valueOf(merged)));

        assertThat(staff.path()).isEqualTo("/directory/organisations/" + kept);
        assertThat(page.select(".fr-alert--success").text()).contains("Fusionnable SA " + suffix);
        assertThat(page.select(".cohorte-facts").text()).as("what the kept record lacked comes from the other").contains("552100554");
        assertThat(jdbc.queryForObject("select count(*) from organisation where id = ?", Integer.class, merged)).isZero();
        assertThat(jdbc.queryForObject("select organisation_id from person where id = ?", Long.class, member)).isEqualTo(kept);
        assertThat(jdbc.queryForObject("select organisation_id from partnership where partner_id = ?", Long.class, partner)).isEqualTo(kept);
        assertThat(jdbc.queryForObject("select host_organisation_id from activity where id = ?", Long.class, activity)).isEqualTo(kept);
        assertThat(jdbc.queryForObject("select organisation_id from activity_speaker where person_id = ?", Long.class, member)).isEqualTo(kept);
        // The book named both records: it keeps one, the co-publishers after it move up, no gap in the list.
        assertThat(jdbc.queryForList("select organisation_id from publication_publisher where publication_id = ? order by position",
                Long.class, publication)).containsExactly(partner, kept, publisher);
        assertThat(jdbc.queryForList("select position from publication_publisher where publication_id = ? order by position",
                Integer.class, publication)).containsExactly(0, 1, 2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MERGED' and target = ?", Integer.class,
                "organisation:" + kept)).isEqualTo(1);
    }

    @Test
    void twoOrganisationsInPartnershipAreNotMergedAndNothingMoves() {
        jdbc.update("insert into partnership (organisation_id, partner_id, kind) values (?, ?, 'OTHER')", kept, merged);

        Document comparison = staff.get("/directory/organisations/merge?kept=" + kept + "&merged=" + merged);
        assertThat(comparison.select("#obstacles").text()).contains("Un partenariat lie ces deux organisations");
        assertThat(comparison.select("#contenu button[type=submit]")).as("no merge button").isEmpty();
        staff.submit("/directory/organisations/merge", Map.of("kept", String.valueOf(kept), "merged", String.valueOf(merged)));

        assertThat(jdbc.queryForObject("select count(*) from organisation where id = ?", Integer.class, merged)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select organisation_id from person where id = ?", Long.class, member)).isEqualTo(merged);
    }

    private long organisation(String name, String siren, String website) {
        return jdbc.queryForObject("insert into organisation (name, kind, siren, website) values (?, 'COMPANY', ?, ?) returning id",
                Long.class, name, siren, website);
    }
}
