package fr.cohorte.directory;


import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** An access request answered with everything every module holds about the person. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class PersonalDataExportTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theExportHoldsThePersonTheirAccountAndTheirSessionsButNoPasswordHash() {
        Long participant = jdbc.queryForObject("""
                select p.id from person p join participant pa on pa.person_id = p.id order by p.id limit 1""", Long.class);
        String email = jdbc.queryForObject("select email from person where id = ?", String.class, participant);
        accounts.create(email, RoleGrant.scoped(Role.PARTICIPANT, 34), "Le mot de passe de l’auditeur");
        accounts.create("dpo@cohorte.test", RoleGrant.global(Role.STAFF), "Le mot de passe du délégué");

        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("dpo@cohorte.test", "Le mot de passe du délégué");
        String json = staff.get("/directory/persons/" + participant + "/personal-data?format=json").text();

        assertThat(json).contains("\"email\":\"" + email + "\"")
                .contains("\"account\":[{")
                .contains("PARTICIPANT:34")
                .contains("\"sessions\":[{\"session\":34")
                .doesNotContain("password")
                .doesNotContain("{bcrypt}");
        assertThat(jdbc.queryForList("select action from audit_event where target = ?", String.class, "person:" + participant))
                .contains("EXPORTED");

        String csv = staff.get("/directory/persons/" + participant + "/personal-data?format=csv").wholeText();
        assertThat(csv).contains("section;enregistrement;champ;valeur").contains("sessions;1;session;34");
    }
}
