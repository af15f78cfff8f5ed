package fr.cohorte.session;

import java.util.List;

/** A change refused because it breaks programme rules; nothing of it was stored. */
public class ProgrammeRejectedException extends RuntimeException {

    private final List<ProgrammeConflict> conflicts;

    public ProgrammeRejectedException(List<ProgrammeConflict> conflicts) {
        super("Programme rules broken: " + conflicts.stream().map(c -> c.rule().name()).toList());
        this.conflicts = List.copyOf(conflicts);
    }

    public List<ProgrammeConflict> conflicts() {
        return conflicts;
    }
}
