package fr.cohorte.directory;

import java.util.List;

/** Erasing this person would break a rule of another module; nothing was changed. */
public class ErasureRefusedException extends RuntimeException {

    private final List<Obstacle> obstacles;

    public ErasureRefusedException(List<Obstacle> obstacles) {
        super("Erasure refused: " + obstacles.stream().map(Obstacle::code).toList());
        this.obstacles = List.copyOf(obstacles);
    }

    public List<Obstacle> obstacles() {
        return obstacles;
    }
}
