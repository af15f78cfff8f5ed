package fr.cohorte.directory;

import java.util.List;

/** Modules above the directory say what forbids erasing a person (the last administrator, for one). */
public interface ErasureObstacles {

    List<Obstacle> erasing(Long personId);
}
