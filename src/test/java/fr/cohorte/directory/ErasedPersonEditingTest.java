package fr.cohorte.directory;

import java.util.Optional;

import fr.cohorte.CohorteTest;
import fr.cohorte.web.RefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The directory refuses to edit an erased person whoever asks, the page or any later caller of the service. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class ErasedPersonEditingTest {

    @Autowired
    Persons persons;

    @Autowired
    PersonErasure erasure;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anErasedPersonIsNotEditedAndKeepsNoNewDetails() {
        Person person = persons.create(new PersonDetails(Civility.MS, "Éloïse", "Effacée", "eloise.effacee@exemple.test",
                null, null, null, null), null, null, false);
        erasure.erase(person.getId());
        Person erased = persons.byId(person.getId()).orElseThrow();

        assertThatThrownBy(() -> persons.update(erased.getId(), erased.getVersion(), new PersonDetails(Civility.MS, "Éloïse",
                "Revenue", "eloise.revenue@exemple.test", null, null, null, null), null, null, Optional.empty(), false))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.refusal().is(Persons.ERASED)).isTrue());
        assertThat(jdbc.queryForObject("select count(*) from person where email = 'eloise.revenue@exemple.test' "
                + "or family_name = 'Revenue'", Integer.class)).isZero();
    }
}
