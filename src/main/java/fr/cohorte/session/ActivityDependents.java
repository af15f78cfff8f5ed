package fr.cohorte.session;

import java.util.List;

import fr.cohorte.web.Consequences;

/**
 * What other modules tie to an activity (working-group rounds, notes, sources of practices), counted so that the
 * confirmation of its deletion says what loses its link. The programme owns this extension point; the modules
 * above it implement it, so that the programme never calls upward.
 */
public interface ActivityDependents {

    /** One consequence per kind of record tied to the activity; none when nothing is. */
    List<Consequences.Line> tiedTo(long activityId);
}
