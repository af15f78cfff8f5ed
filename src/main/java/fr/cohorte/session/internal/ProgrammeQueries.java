package fr.cohorte.session.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.cohorte.directory.Appearance;
import fr.cohorte.session.ActivityType;
import fr.cohorte.session.Timetable;
import fr.cohorte.session.Timetable.Day;
import fr.cohorte.session.Timetable.Slot;
import fr.cohorte.session.Timetable.Speaker;
import fr.cohorte.session.Timetable.Week;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The programme as read from the database in three queries (seminars, activities, speakers),
 * whoever edits it. Activities are placed on the day they start in their seminar's zone.
 */
@Component
public class ProgrammeQueries {

    private final JdbcClient jdbc;

    ProgrammeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Timetable> timetable(int sessionNumber, boolean cohortView) {
        return jdbc.sql("select id, theme from session where number = ?").param(sessionNumber)
                .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("theme")))
                .optional()
                .map(session -> new Timetable(session.getKey(), sessionNumber, session.getValue(),
                        weeks(session.getKey(), cohortView), Map.of()));
    }

    /** The newest session the person takes or took part in as a participant. */
    public Optional<Integer> sessionOfParticipant(long personId) {
        return jdbc.sql("""
                        select s.number from participant p join session s on s.id = p.session_id
                        where p.person_id = ? order by s.number desc limit 1""")
                .param(personId).query(Integer.class).optional();
    }

    public List<Appearance> talksOf(long personId) {
        return jdbc.sql("""
                        select a.starts_at, sm.time_zone, se.number, a.title
                        from activity_speaker sp join activity a on a.id = sp.activity_id
                        join seminar sm on sm.id = a.seminar_id join session se on se.id = sm.session_id
                        where sp.person_id = ? order by a.starts_at""")
                .param(personId)
                .query((rs, row) -> appearance(rs, Appearance.Role.SPEAKER, null)).list();
    }

    public List<Appearance> appearancesOfOrganisation(long organisationId) {
        List<Appearance> hosted = jdbc.sql("""
                        select a.starts_at, sm.time_zone, se.number, a.title
                        from activity a join seminar sm on sm.id = a.seminar_id join session se on se.id = sm.session_id
                        where a.host_organisation_id = ? order by a.starts_at""")
                .param(organisationId)
                .query((rs, row) -> appearance(rs, Appearance.Role.HOST, null)).list();
        List<Appearance> talks = jdbc.sql("""
                        select a.starts_at, sm.time_zone, se.number, a.title, p.given_name || ' ' || p.family_name as speaker
                        from activity_speaker sp join person p on p.id = sp.person_id
                        join activity a on a.id = sp.activity_id
                        join seminar sm on sm.id = a.seminar_id join session se on se.id = sm.session_id
                        where sp.organisation_id = ? order by a.starts_at""")
                .param(organisationId)
                .query((rs, row) -> appearance(rs, Appearance.Role.MEMBER_SPEAKER, rs.getString("speaker"))).list();
        List<Appearance> all = new ArrayList<>(hosted);
        all.addAll(talks);
        return all;
    }

    private static Appearance appearance(ResultSet rs, Appearance.Role role, String personName) throws SQLException {
        LocalDate day = rs.getTimestamp("starts_at").toInstant().atZone(ZoneId.of(rs.getString("time_zone"))).toLocalDate();
        return new Appearance(day, rs.getInt("number"), rs.getString("title"), role, personName);
    }

    private List<Week> weeks(long sessionId, boolean cohortView) {
        Map<Long, List<Speaker>> speakers = speakers(sessionId);
        Map<Long, List<SlotRow>> slotsBySeminar = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.*, o.name as host_name from activity a
                        join seminar sm on sm.id = a.seminar_id
                        left join organisation o on o.id = a.host_organisation_id
                        where sm.session_id = :session and (:cohort or a.visibility = 'PUBLIC')
                        order by a.starts_at, a.ends_at, a.id""")
                .param("session", sessionId).param("cohort", cohortView)
                .query((rs, row) -> new SlotRow(rs.getLong("seminar_id"), rs, speakers))
                .list()
                .forEach(slot -> slotsBySeminar.computeIfAbsent(slot.seminarId(), id -> new ArrayList<>()).add(slot));
        return jdbc.sql("select * from seminar where session_id = ? order by ordinal").param(sessionId)
                .query((rs, row) -> {
                    ZoneId zone = ZoneId.of(rs.getString("time_zone"));
                    LocalDate start = rs.getDate("start_date").toLocalDate();
                    LocalDate end = rs.getDate("end_date").toLocalDate();
                    List<Slot> slots = slotsBySeminar.getOrDefault(rs.getLong("id"), List.of()).stream()
                            .map(slot -> slot.in(zone)).toList();
                    return new Week(rs.getLong("id"), rs.getInt("ordinal"), rs.getString("title"), rs.getString("city"),
                            rs.getString("country"), zone, rs.getBoolean("study_trip"), start, end,
                            cohortView ? rs.getString("logistics_notes") : null, days(start, end, slots));
                })
                .list();
    }

    /** Every day of the seminar, and any day an activity falls on outside it, so that nothing is hidden. */
    private static List<Day> days(LocalDate start, LocalDate end, List<Slot> slots) {
        Map<LocalDate, List<Slot>> byDay = new java.util.TreeMap<>();
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            byDay.put(day, new ArrayList<>());
        }
        slots.forEach(slot -> byDay.computeIfAbsent(slot.start().toLocalDate(), day -> new ArrayList<>()).add(slot));
        return byDay.entrySet().stream().map(e -> new Day(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private Map<Long, List<Speaker>> speakers(long sessionId) {
        Map<Long, List<Speaker>> speakers = new LinkedHashMap<>();
        jdbc.sql("""
                        select sp.activity_id, p.id, p.given_name || ' ' || p.family_name as name, o.name as organisation
                        from activity_speaker sp join person p on p.id = sp.person_id
                        left join organisation o on o.id = sp.organisation_id
                        join activity a on a.id = sp.activity_id join seminar sm on sm.id = a.seminar_id
                        where sm.session_id = ? order by p.family_name, p.given_name""")
                .param(sessionId)
                .query(rs -> {
                    speakers.computeIfAbsent(rs.getLong("activity_id"), id -> new ArrayList<>())
                            .add(new Speaker(rs.getLong("id"), rs.getString("name"), rs.getString("organisation")));
                });
        return speakers;
    }

    /** An activity row read before its seminar's zone is known. */
    private record SlotRow(long seminarId, long id, UUID uid, ActivityType type, String title, java.time.Instant start,
                           java.time.Instant end, String venue, String address, String description, String host,
                           String language, boolean interpretation, boolean cohortOnly, boolean parallelTrack,
                           boolean cancelled, int sequence, java.time.Instant updatedAt, List<Speaker> speakers) {

        SlotRow(long seminarId, ResultSet rs, Map<Long, List<Speaker>> speakers) throws SQLException {
            this(seminarId, rs.getLong("id"), rs.getObject("uid", UUID.class), ActivityType.valueOf(rs.getString("type")),
                    rs.getString("title"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                    rs.getString("venue"), rs.getString("address"), rs.getString("description"), rs.getString("host_name"),
                    rs.getString("language"), rs.getBoolean("interpretation"), "COHORT".equals(rs.getString("visibility")),
                    rs.getBoolean("parallel_track"), rs.getBoolean("cancelled"), rs.getInt("sequence"),
                    rs.getTimestamp("updated_at").toInstant(), speakers.getOrDefault(rs.getLong("id"), List.of()));
        }

        Slot in(ZoneId zone) {
            return new Slot(id, uid, type, title, start.atZone(zone), end.atZone(zone), venue, address, description, host,
                    language, interpretation, cohortOnly, parallelTrack, cancelled, sequence, updatedAt, List.copyOf(speakers));
        }
    }
}
