package fr.cohorte.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.PersonDetails;
import fr.cohorte.directory.Persons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Moments recorded by the system are shown in the configured zone, not the server's. */
@CohorteTest(properties = "cohorte.display.time-zone=Pacific/Kiritimati")
class DisplayTimeZoneTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Persons persons;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRecordsHistoryShowsTheTimeOfEachVersionInTheDisplayTimeZone() {
        accounts.create("fuseau@cohorte.test", RoleGrant.global(Role.STAFF), "Le mot de passe du fuseau");
        Person person = persons.create(new PersonDetails(null, "Kiri", "Timati", null, null, null, null, null), null, null, false);
        long savedAt = jdbc.queryForObject("select r.revtstmp from person_aud a join revinfo r on r.rev = a.rev where a.id = ?",
                Long.class, person.getId());
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("fuseau@cohorte.test", "Le mot de passe du fuseau");
        String line = staff.get("/directory/persons/" + person.getId()).select("#history li").first().text();

        assertThat(line).contains(pattern.withZone(ZoneId.of("Pacific/Kiritimati")).format(Instant.ofEpochMilli(savedAt)))
                .doesNotContain(pattern.withZone(ZoneOffset.UTC).format(Instant.ofEpochMilli(savedAt)));
    }
}
