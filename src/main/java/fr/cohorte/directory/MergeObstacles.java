package fr.cohorte.directory;

import java.util.List;

/**
 * Modules above the directory say, before a merge, what would collide if the merged person's
 * relations moved to the kept one (both took part in the same session, both have an account).
 */
public interface MergeObstacles {

    List<Obstacle> between(Long keptId, Long mergedId);
}
