package fr.cohorte.account;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An address no page answers reads "not found" to whoever asks, an administrator included; one that exists stays refused. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class UnknownAddressesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void anAdministratorAskingForAnAddressNoPageAnswersGetsTheNotFoundPage() {
        accounts.create("adresse.inconnue@cohorte.test", RoleGrant.global(Role.ADMIN), "Le mot de passe des adresses");
        BrowserlessSession admin = new BrowserlessSession(port);
        admin.logIn("adresse.inconnue@cohorte.test", "Le mot de passe des adresses");

        admin.get("/nothing-here");
        assertThat(admin.status()).isEqualTo(404);
        assertThat(admin.page().select("h1").text()).isEqualTo("Page non trouvée");

        admin.get("/practices/zzz/nothing");
        assertThat(admin.status()).isEqualTo(404);
    }

    @Test
    void aParticipantAskingForAStaffPageIsStillRefused() {
        accounts.create("adresse.refusee@cohorte.test", RoleGrant.scoped(Role.PARTICIPANT, 34), "Le mot de passe des adresses");
        BrowserlessSession participant = new BrowserlessSession(port);
        participant.logIn("adresse.refusee@cohorte.test", "Le mot de passe des adresses");

        participant.get("/staff/sessions");

        assertThat(participant.status()).isEqualTo(403);
    }
}
