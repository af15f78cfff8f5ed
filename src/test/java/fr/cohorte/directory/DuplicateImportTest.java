package fr.cohorte.directory;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** An import does not create a second record of someone the directory already holds in that organisation. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class DuplicateImportTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLineRepeatingSomeoneOfTheSameOrganisationIsNamedAndNothingIsStored() {
        Map<String, Object> known = jdbc.queryForMap("""
                select p.given_name, p.family_name, o.name as organisation from person p join organisation o on o.id = p.organisation_id
                order by p.id limit 1""");
        accounts.create("import-doublon@cohorte.test", RoleGrant.global(Role.STAFF), "Le mot de passe de l’import");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("import-doublon@cohorte.test", "Le mot de passe de l’import");
        long before = jdbc.queryForObject("select count(*) from person", Long.class);

        String csv = "prenom;nom;organisation\nNouvelle;Personne;\n" + known.get("given_name").toString().toUpperCase() + ";"
                + known.get("family_name") + ";" + known.get("organisation") + "\n";
        staff.get("/directory/persons/import");
        Document preview = staff.submitWithFile("/directory/persons/import", Map.of(), "file", "personnes.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.select("#import-problems").text()).contains("Ligne 3").contains("« nom »")
                .contains("figure déjà dans l’annuaire pour cette organisation");
        assertThat(preview.select("form[action=/directory/persons/import/confirm]")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(before);
    }
}
