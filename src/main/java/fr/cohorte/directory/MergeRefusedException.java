package fr.cohorte.directory;

import java.util.List;

/** The merge would break a rule of another module; nothing was changed. */
public class MergeRefusedException extends RuntimeException {

    private final List<Obstacle> obstacles;

    public MergeRefusedException(List<Obstacle> obstacles) {
        super("Merge refused: " + obstacles.stream().map(Obstacle::code).toList());
        this.obstacles = List.copyOf(obstacles);
    }

    public List<Obstacle> obstacles() {
        return obstacles;
    }
}
