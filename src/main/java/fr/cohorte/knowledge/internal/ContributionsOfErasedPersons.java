package fr.cohorte.knowledge.internal;

import fr.cohorte.directory.PersonErased;
import fr.cohorte.directory.PersonsMerged;
import fr.cohorte.knowledge.Contributions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Contributions kept in step with the directory. An erased person is taken off the contributions they wrote, inside the erasing transaction;
 * those they wrote alone go. The search index follows the changed authors on its own.
 */
@Component
class ContributionsOfErasedPersons {

    private final Contributions contributions;

    ContributionsOfErasedPersons(Contributions contributions) {
        this.contributions = contributions;
    }

    @EventListener
    void on(PersonErased erased) {
        contributions.forget(erased.personId());
    }

    /** Two records of a person merged: the kept one is the author of all they wrote. */
    @EventListener
    void on(PersonsMerged merged) {
        contributions.merge(merged.keptId(), merged.mergedId());
    }
}
