package fr.cohorte.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The one check that an edit was made on the record as it is now: a form carries the version it was
 * opened on, and a save on any other version is refused, so that two people editing the same record
 * never overwrite each other without a word. The refusal is the one Hibernate gives when two saves
 * cross in the database, so that callers handle both alike (the form comes back as typed, with the
 * {@code web/forms :: edit-conflict} alert).
 */
public final class EditConflicts {

    private EditConflicts() {
    }

    /** Refuses the edit unless {@code seen}, the version the form was opened on, is {@code current}. */
    public static void requireSeen(long current, long seen, Class<?> type, Object id) {
        if (current != seen) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
