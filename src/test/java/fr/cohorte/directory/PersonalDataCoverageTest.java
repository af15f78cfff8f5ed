package fr.cohorte.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table of the migrated database that holds a person's data is answered for: some module's
 * {@link PersonalDataSource} exports it and that module erases it, or it is listed below with the
 * reason it is not. A new table with a person's column fails this test until somebody decides.
 */
@CohorteTest
class PersonalDataCoverageTest {

    /**
     * The rule: a column holds a person's data when its name says it points at a person (person_id,
     * *_person_id, participant_id), names one (given_name, family_name, first_name, last_name) or
     * reaches one (email, *_email, phone), or names who did something by their login (actor, author,
     * juror, recipient, login, principal_name, *_by).
     */
    static final Pattern PERSONAL_COLUMN = Pattern.compile("""
            person_id|.+_person_id|participant_id|given_name|family_name|first_name|last_name|email|.+_email|phone\
            |actor|author|juror|recipient|login|principal_name|.+_by""");

    /** Tables with such a column that no source exports, each with why. Keep it short. */
    static final Map<String, String> NOT_EXPORTED = Map.of(
            "person", "the directory's own record: PersonalDataExport puts it first, PersonErasure anonymises it",
            "person_aud", "earlier versions of that record: PersonErasure anonymises them with it",
            "person_photo", "the record's photo: named in the export, deleted by PersonErasure",
            "audit_event", "the trail of who did what, kept for accountability: AuditTrail pseudonymises the actor and clears details",
            "revinfo", "authors of edits in that trail: AuditTrail pseudonymises them",
            "spring_session", "open login sessions, technical: AccountErasure ends them",
            "login_throttle", "counts of wrong passwords, kept minutes: AccountErasure clears them");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<PersonalDataSource> sources;

    @Test
    void everyTableHoldingAPersonsDataIsExportedAndErasedOrExcludedForAReason() {
        Map<String, Set<String>> personal = personalColumnsByTable();
        Set<String> covered = sources.stream().flatMap(source -> source.tables().stream()).collect(Collectors.toSet());

        Map<String, Set<String>> uncovered = new TreeMap<>(personal);
        uncovered.keySet().removeAll(covered);
        uncovered.keySet().removeAll(NOT_EXPORTED.keySet());
        assertThat(uncovered).as("tables with a person's column that no PersonalDataSource answers for").isEmpty();

        assertThat(personal).as("the rule still finds the tables everybody knows hold persons")
                .containsKeys("person", "participant", "account", "mail_outbox", "application");
        assertThat(new TreeSet<>(covered)).as("sources name only tables that exist and hold a person's column")
                .isSubsetOf(personal.keySet());
        assertThat(NOT_EXPORTED.keySet()).as("an exclusion names a table that holds a person's column and no source covers")
                .isSubsetOf(personal.keySet()).doesNotContainAnyElementsOf(covered);
    }

    private Map<String, Set<String>> personalColumnsByTable() {
        Map<String, Set<String>> byTable = new TreeMap<>();
        jdbc.queryForList("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = current_schema() and table_name not like 'flyway%'""")
                .forEach(row -> {
                    String column = (String) row.get("column_name");
                    if (PERSONAL_COLUMN.matcher(column).matches()) {
                        byTable.computeIfAbsent((String) row.get("table_name"), t -> new TreeSet<>()).add(column);
                    }
                });
        return byTable;
    }
}
