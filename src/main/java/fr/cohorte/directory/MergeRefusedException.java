package fr.cohorte.directory;

import java.util.List;

/** The merge would break a rule of another module; nothing was changed. */
public class MergeRefusedException extends RuntimeException {

    private final List<MergeObstacle> obstacles;

    public MergeRefusedException(List<MergeObstacle> obstacles) {
        super("Merge refused: " + obstacles.stream().map(MergeObstacle::code).toList());
        this.obstacles = List.copyOf(obstacles);
    }

    public List<MergeObstacle> obstacles() {
        return obstacles;
    }
}
