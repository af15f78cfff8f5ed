package fr.cohorte.session;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff find any participant of any session. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class AlumniTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void staffListTheCohortOfSession34AndFindOneParticipantByName() {
        accounts.create("alumni@cohorte.test", RoleGrant.global(Role.STAFF), "Le mot de passe des anciens");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("alumni@cohorte.test", "Le mot de passe des anciens");

        Document all = staff.get("/directory/alumni?session=34");
        assertThat(all.select("#alumni tbody tr")).hasSize(30);
        assertThat(all.select("#alumni tbody tr").first().select("td").last().text()).isEqualTo("34e session nationale");

        String someone = all.select("#alumni tbody th a").first().text();
        String familyName = someone.substring(0, someone.indexOf(' '));
        Document found = staff.get("/directory/alumni?q=" + java.net.URLEncoder.encode(familyName, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.select("#alumni tbody th a").eachText()).allSatisfy(name -> assertThat(name).contains(familyName));
        assertThat(found.select("#alumni tbody td:nth-of-type(2)").eachText()).allSatisfy(h -> assertThat(h).isNotBlank());

        assertThat(staff.get("/directory/alumni?session=12").select("#alumni")).isEmpty();
    }
}
