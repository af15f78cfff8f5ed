package fr.cohorte.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo tells the 34th session as the source document does. */
/*
 * A context (and so a database) of its own: the other demo tests add seminars, activities and people
 * to the shared demo database, and this test checks the demo exactly as it loads.
 */
@CohorteTest(properties = {"cohorte.demo.enabled=true", "cohorte.test.database=pristine-demo"})
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoDataLoader loader;

    @Test
    void theSessionRunsFromJune2015ToJune2016OnCooperation() {
        Map<String, Object> session = jdbc.queryForMap("select * from session where number = 34");

        assertThat(session.get("theme"))
                .isEqualTo("Construire des espaces de coopération pour l'emploi, la formation et le développement économique");
        assertThat(((java.sql.Date) session.get("start_date")).toLocalDate()).hasYear(2015).hasMonthValue(6);
        assertThat(((java.sql.Date) session.get("end_date")).toLocalDate()).hasYear(2016).hasMonthValue(6);
        assertThat((String) session.get("description")).contains("à titre d'illustration");
    }

    @Test
    void fiveSeminarsOfWhichTwoStudyTripsToBavariaAndSiliconValleyInTheirTimeZones() {
        List<Map<String, Object>> trips = jdbc.queryForList("""
                select city, country, time_zone from seminar s join session n on n.id = s.session_id
                where n.number = 34 and study_trip order by ordinal""");

        assertThat(jdbc.queryForObject("select count(*) from seminar", Integer.class)).isEqualTo(5);
        assertThat(trips).extracting(t -> t.get("country")).containsExactly("DE", "US");
        assertThat(trips).extracting(t -> t.get("time_zone")).containsExactly("Europe/Berlin", "America/Los_Angeles");
    }

    @Test
    void activitiesFallInsideTheirSeminarInThePlacesLocalTime() {
        List<Map<String, Object>> activities = jdbc.queryForList("""
                select a.starts_at, a.ends_at, s.start_date, s.end_date, s.time_zone
                from activity a join seminar s on s.id = a.seminar_id""");

        assertThat(activities).hasSizeGreaterThanOrEqualTo(15);
        assertThat(jdbc.queryForObject("select count(*) from activity where type = 'COMPANY_VISIT'", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from activity where type = 'EXPERT_HEARING'", Integer.class)).isPositive();
        for (Map<String, Object> activity : activities) {
            ZoneId zone = ZoneId.of((String) activity.get("time_zone"));
            LocalDate day = ((java.sql.Timestamp) activity.get("starts_at")).toInstant().atZone(zone).toLocalDate();
            assertThat(day).isBetween(((java.sql.Date) activity.get("start_date")).toLocalDate(),
                    ((java.sql.Date) activity.get("end_date")).toLocalDate());
            Instant start = ((java.sql.Timestamp) activity.get("starts_at")).toInstant();
            int localHour = start.atZone(zone).getHour();
            assertThat(localHour).as("activities happen in the daytime where the seminar is").isBetween(7, 20);
        }
    }

    @Test
    void hearingsVisitsAndMeetingsArePublicWhileGroupWorkDebriefsAndMealsStayWithTheCohort() {
        assertThat(jdbc.queryForList("select distinct type from activity where visibility = 'PUBLIC'", String.class))
                .containsExactlyInAnyOrder("EXPERT_HEARING", "ACTOR_MEETING", "COMPANY_VISIT");
        assertThat(jdbc.queryForList("select distinct type from activity where visibility = 'COHORT'", String.class))
                .contains("GROUP_WORK", "DEBRIEF", "MEAL");
        assertThat(jdbc.queryForObject("select count(*) from activity where parallel_track", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForList("select title from activity where cancelled", String.class))
                .containsExactly("Dîner avec des Français de la Silicon Valley");
    }

    @Test
    void studyTripsAreHeldInTheLocalLanguageWithInterpretationAndTellTheirLogistics() {
        List<Map<String, Object>> languages = jdbc.queryForList("""
                select distinct s.city, a.language, a.interpretation from activity a join seminar s on s.id = a.seminar_id
                where s.study_trip and a.type in ('EXPERT_HEARING', 'ACTOR_MEETING', 'COMPANY_VISIT') order by s.city""");
        assertThat(languages).extracting(row -> row.get("city") + " " + row.get("language") + " " + row.get("interpretation"))
                .containsExactly("Munich de true", "Palo Alto en true");
        assertThat(jdbc.queryForList("select logistics_notes from seminar where study_trip order by ordinal", String.class))
                .allSatisfy(notes -> assertThat(notes).contains("Vol").contains("Hôtel"));
        assertThat(jdbc.queryForObject("select count(*) from seminar where not study_trip and logistics_notes is not null", Integer.class))
                .isZero();
    }

    @Test
    void aCohortOfThirtyOverTheNineHorizonsWithBalancedGender() {
        assertThat(jdbc.queryForObject("select count(*) from participant", Integer.class)).isEqualTo(30);
        assertThat(jdbc.queryForObject("select count(distinct background_id) from participant", Integer.class)).isEqualTo(9);
        Integer women = jdbc.queryForObject("""
                select count(*) from participant pa join person p on p.id = pa.person_id where p.civility = 'MS'""", Integer.class);
        assertThat(women).isBetween(12, 18);
        assertThat(jdbc.queryForList("""
                select p.email from participant pa join person p on p.id = pa.person_id""", String.class))
                .as("fictional participants have addresses on the reserved example.org domain")
                .allSatisfy(email -> assertThat(email).endsWith("@example.org"));
    }

    @Test
    void intefpAndCereqArePartnersAndCoPublishTheBookOfThreeChapters() {
        assertThat(jdbc.queryForList("""
                select p.kind from partnership p
                join organisation a on a.id = p.organisation_id join organisation b on b.id = p.partner_id
                where a.short_name = 'Intefp' and b.short_name = 'Céreq' order by p.kind""", String.class))
                .containsExactly("CO_EDITION", "TRAINING_SUPPORT");
        assertThat(jdbc.queryForList("""
                select o.short_name from publication_publisher pp join organisation o on o.id = pp.organisation_id
                order by pp.position""", String.class)).containsExactly("Céreq", "Intefp");
        assertThat(jdbc.queryForList("""
                select p.family_name from publication_contributor c join person p on p.id = c.person_id
                where c.role = 'COORDINATOR' order by c.position""", String.class)).containsExactly("Rosenfeld", "Aubert");
        assertThat(jdbc.queryForObject("select count(*) from chapter", Integer.class)).isEqualTo(3);
    }

    @Test
    void loadingAgainOnAFilledDatabaseChangesNothing() throws Exception {
        int persons = jdbc.queryForObject("select count(*) from person", Integer.class);

        loader.run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("select count(*) from session", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from person", Integer.class)).isEqualTo(persons);
    }
}
