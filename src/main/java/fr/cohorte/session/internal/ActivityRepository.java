package fr.cohorte.session.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.cohorte.session.Activity;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findBySeminarIdOrderByStartsAt(Long seminarId);

    @EntityGraph(attributePaths = {"seminar", "seminar.session", "speakerIds"})
    Optional<Activity> findWithSeminarById(Long id);

    /** Activities of a seminar that are held (not cancelled) during part of [start, end). */
    @Query("""
            select a from Activity a
            where a.seminar.id = :seminarId and a.cancelled = false
              and a.startsAt < :end and a.endsAt > :start
              and (:exceptId is null or a.id <> :exceptId)
            order by a.startsAt""")
    List<Activity> heldDuring(Long seminarId, Instant start, Instant end, Long exceptId);

    /** Activities of any session, held during part of [start, end), where one of these persons speaks. */
    @Query("""
            select distinct a from Activity a join a.speakerIds speaker
            where speaker in :personIds and a.cancelled = false
              and a.startsAt < :end and a.endsAt > :start
              and (:exceptId is null or a.id <> :exceptId)
            order by a.startsAt""")
    List<Activity> withSpeakersDuring(Collection<Long> personIds, Instant start, Instant end, Long exceptId);
}
